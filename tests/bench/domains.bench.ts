import { createLargeTenant, dispatch, domainHealth, domainReferences, findUserByUserPrincipalName, signedInAs, type Tenant } from '../../src/tenant';
import { sample, timeOnce, type Figure } from './harness';

/**
 * Domains on a 50,000-user tenant: the first look-up builds the by-domain indexes; after that,
 * adding and removing a domain, and listing what blocks a removal, must stay cheap.
 */
export function domainBenchmarks(): Figure[] {
  const base = createLargeTenant(50_000);
  const admin = signedInAs(findUserByUserPrincipalName(base, 'admin@fabrikam.onmicrosoft.com')!.id);
  const run = (tenant: Tenant, command: Parameters<typeof dispatch>[1]) => {
    const result = dispatch(tenant, command, admin);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    return result.tenant;
  };

  const firstReferences = timeOnce(() => domainReferences(base, 'fabrikam.com'));
  const blockers = sample(() => domainReferences(base, 'fabrikam.com'), 50, 5);

  let tenant = base;
  const addRemove = sample((i) => {
    tenant = run(tenant, { type: 'domain.add', name: `bench${i}.com` });
    tenant = run(tenant, { type: 'domain.remove', name: `bench${i}.com` });
  }, 500);

  const health = sample(() => domainHealth(base, 'fabrikam.com'), 2_000);

  return [
    { name: 'first by-domain look-up on 50,000 users (builds the indexes)', value: firstReferences, unit: 'ms' },
    { name: 'blockers of a domain all 50,000 users are on (median)', value: blockers.median, unit: 'ms', target: 50, note: `a rejection shown once; p90 ${blockers.p90.toFixed(3)} ms` },
    { name: 'domain.add then domain.remove on 50,000 users (median pair)', value: addRemove.median, unit: 'ms', target: 1, note: `p90 ${addRemove.p90.toFixed(3)} ms` },
    { name: 'domainHealth of one domain (median)', value: health.median, unit: 'ms', target: 0.5 },
  ];
}
