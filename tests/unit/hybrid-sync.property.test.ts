import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, toArray, type Command, type Tenant } from '../../src/tenant';
import { hybridLab, onPremUser, ouId } from './hybrid-support';
import type { TestTenant } from '../support/test-tenant';

const SAMS = ['lena', 'omar', 'ivy', 'branch1', 'branch2', 'branch3'] as const;
const OUS = ['Contoso', 'Contoso/Sales', 'Contoso/IT', 'Branch'] as const;
const DEPARTMENTS = ['Sales', 'IT', 'Finance', null] as const;

/** An on-premises change a learner might make between cycles. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('department' as const), sam: fc.constantFrom(...SAMS), value: fc.constantFrom(...DEPARTMENTS) }),
  fc.record({ kind: fc.constant('move' as const), sam: fc.constantFrom(...SAMS), ou: fc.constantFrom(...OUS) }),
  fc.record({ kind: fc.constant('proxy' as const), sam: fc.constantFrom(...SAMS), address: fc.constantFrom('lena@contoso.com', 'shared@contoso.com', 'x@contoso.com') }),
  fc.record({ kind: fc.constant('upn' as const), sam: fc.constantFrom(...SAMS), suffix: fc.constantFrom('contoso.com', 'contoso.local') }),
  fc.record({ kind: fc.constant('disable' as const), sam: fc.constantFrom(...SAMS) }),
);

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function commandFor(lab: TestTenant, step: Change): Command {
  const user = onPremUser(lab, step.sam);
  switch (step.kind) {
    case 'department':
      return { type: 'onPremises.updateUser', userId: user.id, changes: { department: step.value } };
    case 'move':
      return { type: 'onPremises.moveObject', objectId: user.id, targetContainerId: ouId(lab, step.ou) };
    case 'proxy':
      return { type: 'onPremises.updateUser', userId: user.id, changes: { proxyAddresses: [`SMTP:${step.sam}@contoso.com`, `smtp:${step.address}`] } };
    case 'upn':
      return { type: 'onPremises.updateUser', userId: user.id, changes: { userPrincipalName: `${step.sam}@${step.suffix}` } };
    case 'disable':
      return { type: 'onPremises.setUserEnabled', userId: user.id, enabled: !user.enabled };
  }
}

/** JSON with keys in order, so two equal objects built in different orders compare equal. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, stable((value as Record<string, unknown>)[key])]));
  return value;
}

/** The cloud side a cycle writes: users, deleted users and groups, without run bookkeeping. */
function cloud(tenant: Tenant): string {
  const strip = ({ onPremisesLastSyncDateTime: _, ...rest }: { onPremisesLastSyncDateTime?: string }) => rest;
  return JSON.stringify(stable({
    users: toArray(tenant.directory.users).map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    deleted: toArray(tenant.directory.deletedUsers).map((user) => user.id).sort(),
    groups: toArray(tenant.directory.groups).map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    errors: toArray(tenant.sync.errors).map((error) => error.id).sort(),
  }));
}

function labAfter(changes: readonly Change[], scoped: boolean): TestTenant {
  const lab = hybridLab();
  lab.run({ type: 'sync.configure', installType: 'custom', includedContainerIds: scoped ? [ouId(lab, 'Contoso')] : null });
  for (const step of changes) lab.send(commandFor(lab, step));
  return lab;
}

describe('sync cycles (properties)', () => {
  it('a delta cycle right after another changes nothing', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), fc.boolean(), (changes, scoped) => {
        const lab = labAfter(changes, scoped).run({ type: 'sync.startCycle', policyType: 'Delta' });
        const once = cloud(lab.tenant);
        lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
        expect(cloud(lab.tenant)).toBe(once);
      }),
      { numRuns: 40 },
    );
  });

  it('a full cycle and a delta cycle agree', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), fc.boolean(), (changes, scoped) => {
        const delta = labAfter(changes, scoped).run({ type: 'sync.startCycle', policyType: 'Delta' });
        const full = labAfter(changes, scoped).run({ type: 'sync.startCycle', policyType: 'Initial' });
        expect(cloud(full.tenant)).toBe(cloud(delta.tenant));
      }),
      { numRuns: 40 },
    );
  });

  it('nothing outside the sync scope is touched', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        const lab = labAfter(changes, true);
        const before = lab.tenant;
        lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
        // Cloud-only users stay exactly as they were; synced users all come from the Contoso OU.
        for (const user of toArray(before.directory.users)) {
          if (!user.onPremisesSyncEnabled) expect(toArray(lab.tenant.directory.users).find((after) => after.id === user.id)).toBe(user);
        }
        for (const user of toArray(lab.tenant.directory.users)) {
          if (user.onPremisesSyncEnabled) expect(user.onPremisesDistinguishedName).toMatch(/OU=Contoso,DC=contoso,DC=local$/);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('replay reproduces every cycle, scheduled ones included', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), (changes) => {
        const lab = labAfter(changes, false).run({ type: 'clock.advance', duration: 'PT2H' });
        expect(lab.tenant.sync.runs.length).toBeGreaterThanOrEqual(5);
        const replayed = replay(lab.fixture, lab.log);
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(lab.tenant));
      }),
      { numRuns: 20 },
    );
  });
});

describe('the scheduler', () => {
  it('runs a delta cycle every 30 minutes on the simulated clock, and none when turned off', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    lab.run({ type: 'onPremises.updateUser', userId: onPremUser(lab, 'omar').id, changes: { department: 'Finance' } });
    lab.run({ type: 'clock.advance', duration: 'PT29M' });
    expect(lab.tenant.sync.runs).toHaveLength(1);
    lab.run({ type: 'clock.advance', duration: 'PT1M' });
    expect(lab.tenant.sync.runs.map((run) => run.policyType)).toEqual(['Initial', 'Delta']);
    expect(lab.tenant.sync.runs[1]!.updates).toBe(1);
    lab.run({ type: 'sync.setScheduler', syncCycleEnabled: false });
    lab.run({ type: 'clock.advance', duration: 'PT3H' });
    expect(lab.tenant.sync.runs).toHaveLength(2);
    expect(lab.tenant.sync.scheduler.nextSyncCycleStartTimeInUTC).toBeNull();
  });
});
