import { Button, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { useNavigate, useParams } from 'react-router';
import { zoneNameSelector } from '../../../../../../views/domains';
import { Page } from '../../../../../shell/Page';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { Wizard } from '../../../../../kit/Wizard';
import { DOMAINS_PATH } from '../domain-paths';
import { ConnectStep } from './ConnectStep';
import { DnsRecordsStep } from './DnsRecordsStep';
import { SetupCompleteStep } from './SetupCompleteStep';
import { RAIL_LABEL, SETUP_RAIL, STEP_HEADINGS, railIndex } from './setup-rail';
import { useDomainSetup } from './useDomainSetup';
import { VerifyMethodStep } from './VerifyMethodStep';
import { VerifyRecordStep } from './VerifyRecordStep';

const TRAIL = [{ label: 'Domains', to: DOMAINS_PATH }];

/**
 * The add-domain wizard once the domain exists: verification, how to connect, the DNS records,
 * and the end. "Continue setup" on an incomplete domain opens it at the step the domain is at.
 */
export default function DomainSetupPage() {
  const { domainName = '' } = useParams();
  const navigate = useNavigate();
  const setup = useDomainSetup(domainName);
  const zone = useTenant(useMemo(() => zoneNameSelector(domainName), [domainName]));
  const { domain, step } = setup;
  // The layout moves focus to the heading when the rail moves; two steps share a rail position
  // here, so the page does it for every step change.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    document.getElementById('wizard-step-heading')?.focus();
  }, [step]);

  if (!domain || !step) {
    return (
      <Page title="Add domain" trail={TRAIL}>
        <Text>
          {domainName} isn't one of your organization's domains. <RouterLink to={DOMAINS_PATH}>Go to Domains</RouterLink>
        </Text>
      </Page>
    );
  }

  const footer = (() => {
    switch (step) {
      case 'verify-method':
        return (
          <Button appearance="primary" onClick={() => setup.goTo('verify', { method: setup.method })}>
            Continue
          </Button>
        );
      case 'verify':
        return (
          <>
            <Button onClick={() => setup.goTo('verify-method', { method: setup.method })}>Back</Button>
            <Button appearance="primary" onClick={setup.verify}>
              {setup.failedVerifications > 0 ? 'Try again' : 'Verify'}
            </Button>
          </>
        );
      case 'connect':
        return (
          <Button appearance="primary" onClick={setup.continueConnect}>
            Continue
          </Button>
        );
      case 'dns-records':
        return (
          <>
            <Button onClick={() => setup.goTo('connect')}>Back</Button>
            <Button appearance="primary" onClick={setup.continueDnsRecords}>
              Continue
            </Button>
          </>
        );
      case 'complete':
        return (
          <Button appearance="primary" onClick={() => navigate(DOMAINS_PATH)}>
            Done
          </Button>
        );
    }
  })();

  return (
    <Page title="Add domain" trail={TRAIL}>
      <Wizard railLabel={RAIL_LABEL} steps={SETUP_RAIL} current={railIndex(step)} heading={STEP_HEADINGS[step]} footer={footer}>
        {step === 'verify-method' && <VerifyMethodStep setup={setup} />}
        {step === 'verify' && <VerifyRecordStep setup={setup} zone={zone} />}
        {step === 'connect' && <ConnectStep setup={setup} />}
        {step === 'dns-records' && <DnsRecordsStep setup={setup} zone={zone} />}
        {step === 'complete' && <SetupCompleteStep setup={setup} />}
      </Wizard>
    </Page>
  );
}
