import { expect } from 'vitest';
import { skuByPartNumber } from '../../src/tenant/catalog';
import {
  compileMembershipRule,
  parseMembershipRule,
  type DynamicRuleSubject,
  type MembershipRule,
  type MembershipRuleContext,
} from '../../src/tenant/areas/directory/rules/dynamic';

let counter = 0;

/** A small hand-built user: a cloud member with no licenses, overridden where a test cares. */
export function ruleUser(overrides: Partial<DynamicRuleSubject> = {}): DynamicRuleSubject {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    userPrincipalName: `user${counter}@contoso.com`,
    displayName: `User ${counter}`,
    mailNickname: `user${counter}`,
    mail: `user${counter}@contoso.com`,
    accountEnabled: true,
    userType: 'Member',
    createdDateTime: '2026-01-01T00:00:00.000Z',
    usageLocation: 'US',
    businessPhones: [],
    otherMails: [],
    proxyAddresses: [`SMTP:user${counter}@contoso.com`],
    assignedLicenses: [],
    licenseAssignmentStates: [],
    passwordProfile: { password: 'x', forceChangePasswordNextSignIn: false },
    lastPasswordChangeDateTime: '2026-01-01T00:00:00.000Z',
    signInSessionsValidFromDateTime: '2026-01-01T00:00:00.000Z',
    managerId: null,
    deletedDateTime: null,
    onPremisesSyncEnabled: null,
    ...overrides,
  };
}

/** A license of the named product, with the named service plans turned off. */
export function license(skuPartNumber: string, disabledPlanNames: readonly string[] = []): DynamicRuleSubject['assignedLicenses'][number] {
  const sku = skuByPartNumber(skuPartNumber);
  if (!sku) throw new Error(`No SKU ${skuPartNumber}`);
  const disabledPlans = disabledPlanNames.map((name) => {
    const plan = sku.servicePlans.find((candidate) => candidate.servicePlanName === name);
    if (!plan) throw new Error(`${skuPartNumber} has no plan ${name}`);
    return plan.servicePlanId;
  });
  return { skuId: sku.skuId, disabledPlans };
}

export function parsed(text: string): MembershipRule {
  const result = parseMembershipRule(text);
  if (!result.ok) throw new Error(`${text}\n${' '.repeat(result.error.position)}^ ${result.error.message}`);
  return result.rule;
}

/** Whether the user matches the rule text. */
export function matches(text: string, user: DynamicRuleSubject, context?: MembershipRuleContext): boolean {
  return compileMembershipRule(parsed(text), context)(user);
}

export function expectParseError(text: string): ReturnType<typeof expect> {
  const result = parseMembershipRule(text);
  expect(result.ok, `${text} should be rejected`).toBe(false);
  return expect(result.ok ? undefined : result.error);
}

/** A tree without its source spans, to compare rules that differ only in how they were written. */
export function withoutSpans(rule: MembershipRule): unknown {
  return JSON.parse(JSON.stringify(rule, (key, value: unknown) => (key === 'span' ? undefined : value)));
}
