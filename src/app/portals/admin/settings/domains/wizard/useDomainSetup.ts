import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_DOMAIN_SERVICES, DOMAIN_SERVICES, type Domain, type DomainHealth, type DomainService, type TenantError } from '../../../../../../tenant';
import { domainHealthSelector, domainSelector, healthEqual } from '../../../../../../views/domains';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { domainSetupPath, isSetupStep, type SetupStep } from '../domain-paths';

interface StepOutcome {
  readonly step: SetupStep | null;
  readonly error?: TenantError | null;
  /** Failed "Verify"s; after one the button reads "Try again". */
  readonly failures?: number;
  /** The health the last Continue on "Add DNS records" found. */
  readonly checked?: DomainHealth;
}

export type VerificationMethod = 'TXT' | 'MX';
export type ConnectChoice = 'myself' | 'skip';

const KNOWN_SERVICES = DOMAIN_SERVICES.map(({ service }) => service);

function parseServices(value: string | null): DomainService[] | null {
  if (value === null) return null;
  return KNOWN_SERVICES.filter((service) => value.split(',').includes(service));
}

/**
 * Where a domain's setup stands is the tenant's to say: an unverified domain is at verification,
 * a verified one past it. The step in the address is honoured when it fits.
 */
function stepFor(domain: Domain, requested: SetupStep | null): SetupStep {
  const verifying = requested === 'verify-method' || requested === 'verify';
  if (!domain.isVerified) return verifying ? requested : 'verify-method';
  if (requested === null || verifying) return 'connect';
  return requested;
}

/**
 * The add-domain wizard after its first step. The step, the verification method and the chosen
 * services live in the address, so a learner who leaves for the DNS host comes back to the same
 * place; what each step sends is one command.
 */
export function useDomainSetup(domainName: string) {
  const store = useTenantStore();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const domain = useTenant(useMemo(() => domainSelector(domainName), [domainName]));
  const health = useTenant(useMemo(() => domainHealthSelector(domainName), [domainName]), healthEqual);
  const [connectChoice, setConnectChoice] = useState<ConnectChoice>('myself');

  const requested = params.get('step');
  const step = domain ? stepFor(domain, isSetupStep(requested) ? requested : null) : null;
  // What the last action on a step came to belongs to that step: going back or forward (also
  // with the browser's buttons) shows the other step fresh.
  const [outcome, setOutcome] = useState<StepOutcome>({ step: null });
  const shown: StepOutcome = outcome.step === step ? outcome : { step };
  const setError = (error: TenantError | null) => setOutcome({ ...shown, error });
  const method: VerificationMethod = params.get('method') === 'MX' ? 'MX' : 'TXT';
  const services = parseServices(params.get('services')) ?? (domain && domain.supportedServices.length > 0 ? [...domain.supportedServices] : [...DEFAULT_DOMAIN_SERVICES]);

  const goTo = (next: SetupStep, extra: Record<string, string> = {}) => {
    const search = new URLSearchParams(extra).toString();
    navigate(domainSetupPath(domainName, next) + (search ? `&${search}` : ''));
  };

  const setMethod = (next: VerificationMethod) =>
    setParams(
      (search) => {
        search.set('method', next);
        return search;
      },
      { replace: true },
    );

  const verify = () => {
    const result = store.send({ type: 'domain.verify', name: domainName });
    if (result.ok) goTo('connect');
    else setOutcome({ ...shown, error: result.error, failures: (shown.failures ?? 0) + 1 });
  };

  const toggleService = (service: DomainService, on: boolean) => {
    const next = KNOWN_SERVICES.filter((candidate) => (candidate === service ? on : services.includes(candidate)));
    setOutcome({ step });
    setParams(
      (search) => {
        search.set('services', next.join(','));
        return search;
      },
      { replace: true },
    );
  };

  const continueConnect = () => (connectChoice === 'skip' ? goTo('complete', { skipped: 'true' }) : goTo('dns-records'));

  /** "Continue" on "Add DNS records": saves the services if they changed, then checks the records. */
  const continueDnsRecords = () => {
    if (!domain) return;
    const changed = services.length !== domain.supportedServices.length || services.some((service) => !domain.supportedServices.includes(service));
    let latest = health;
    if (changed) {
      const result = store.send({ type: 'domain.updateServices', name: domainName, services });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      latest = domainHealthSelector(domainName)(result.tenant);
    }
    // No services chosen is the documented way to set the records up later.
    if (!latest || latest.status === 'Healthy' || latest.status === 'No services selected') goTo('complete');
    else setOutcome({ step, checked: latest });
  };

  return {
    domain,
    step,
    method,
    setMethod,
    error: shown.error ?? null,
    failedVerifications: shown.failures ?? 0,
    verify,
    services,
    toggleService,
    connectChoice,
    setConnectChoice,
    continueConnect,
    checked: shown.checked ?? null,
    continueDnsRecords,
    skipped: params.get('skipped') === 'true',
    goTo,
  };
}

export type DomainSetup = ReturnType<typeof useDomainSetup>;
