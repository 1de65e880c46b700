import { describe, expect, it } from 'vitest';
import { assignedPlansOf, compileMembershipRule, DEVICE_RULE_MESSAGE, type DynamicRuleSubject } from '../../src/tenant/areas/directory/rules/dynamic';
import { license, matches, parsed, ruleUser } from './dynamic-rules-support';

const EXCHANGE_PLAN_2 = 'efb87545-963c-4e0d-99df-69c6916d9eb0';
const MANAGER = 'aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb';

/** The documented examples, each with a user it selects and a user it leaves out. */
const DOCUMENTED: readonly (readonly [rule: string, member: Partial<DynamicRuleSubject>, notMember: Partial<DynamicRuleSubject>])[] = [
  ['user.department -eq "Sales"', { department: 'sales' }, { department: 'Marketing' }],
  ['user.accountEnabled -eq true', { accountEnabled: true }, { accountEnabled: false }],
  ['user.dirSyncEnabled -eq true', { onPremisesSyncEnabled: true }, { onPremisesSyncEnabled: null }],
  ['user.employeeId -ne "null"', { employeeId: '42' }, { employeeId: 'NULL' }],
  ['user.mail -notEndsWith "@Contoso.com"', { mail: 'pat@fabrikam.com' }, { mail: 'pat@contoso.com' }],
  ['user.mailNickname -endsWith "-vendor"', { mailNickname: 'pat-Vendor' }, { mailNickname: 'pat' }],
  ['user.objectId -eq "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"', { id: MANAGER }, {}],
  ['user.passwordPolicies -eq "DisableStrongPassword"', { passwordPolicies: 'DisableStrongPassword' }, { passwordPolicies: 'None' }],
  ['user.preferredLanguage -eq "en-US"', { preferredLanguage: 'en-us' }, { preferredLanguage: 'fr-FR' }],
  ['user.usageLocation -eq "US"', { usageLocation: 'US' }, { usageLocation: null }],
  ['user.userPrincipalName -eq "alias@domain"', { userPrincipalName: 'Alias@Domain' }, {}],
  ['user.userType -eq "Member"', { userType: 'Member' }, { userType: 'Guest' }],
  ['user.otherMails -startsWith "alias@domain"', { otherMails: ['x@y.com', 'alias@domain.com'] }, { otherMails: [] }],
  ['user.otherMails -endsWith"@contoso.com"', { otherMails: ['pat@Contoso.com'] }, { otherMails: ['pat@fabrikam.com'] }],
  ['user.proxyAddresses -startsWith "SMTP: alias@domain"', { proxyAddresses: ['smtp: alias@domain.com'] }, {}],
  ['user.proxyAddresses -notEndsWith "@outlook.com"', { proxyAddresses: ['SMTP:pat@contoso.com'] }, { proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@outlook.com'] }],
  ['user.department -in ["50001","50002","50003","50005","50006","50007","50008","50016","50020","50024","50038","50039","51100"]', { department: '50024' }, { department: '50004' }],
  ['user.employeehiredate -le 2020-06-10T18:13:20Z', { employeeHireDate: '2019-01-01T00:00:00Z' }, { employeeHireDate: '2021-01-01T00:00:00Z' }],
  ['user.displayName -match "^Da.*"', { displayName: 'David' }, { displayName: 'aDa' }],
  ['user.displayName -match ".*vid"', { displayName: 'David' }, { displayName: 'Da' }],
  ['user.department -eq null', {}, { department: 'Sales' }],
  ['user.mail \u2013ne null', { mail: 'pat@contoso.com' }, { mail: null }],
  ['(user.department -eq "Sales") -or (user.department -eq "Marketing")', { department: 'Marketing' }, { department: 'Finance' }],
  ['(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "SDE")', { department: 'Sales', jobTitle: 'Account manager' }, { department: 'Sales', jobTitle: 'SDE II' }],
  ['user.department \u2013eq "Marketing" \u2013and user.country \u2013eq "US"', { department: 'Marketing', country: 'US' }, { department: 'Marketing', country: 'DE' }],
  [
    'user.country \u2013eq "US" \u2013and (user.department \u2013eq "Marketing" \u2013or user.department \u2013eq "Sales")',
    { country: 'US', department: 'Sales' },
    { country: 'DE', department: 'Sales' },
  ],
  [
    'user.assignedPlans -any (assignedPlan.servicePlanId -eq "efb87545-963c-4e0d-99df-69c6916d9eb0" -and assignedPlan.capabilityStatus -eq "Enabled")',
    { assignedLicenses: [license('SPE_E5')] },
    { assignedLicenses: [license('SPE_E5', ['EXCHANGE_S_ENTERPRISE'])] },
  ],
  [
    'user.assignedPlans -any (assignedPlan.service -eq "SCO" -and assignedPlan.capabilityStatus -eq "Enabled")',
    { assignedLicenses: [license('EMSPREMIUM')] },
    { assignedLicenses: [license('STANDARDPACK', ['INTUNE_O365'])] },
  ],
  ['user.assignedPlans -all (assignedPlan.servicePlanId -eq null)', { assignedLicenses: [] }, { assignedLicenses: [license('POWER_BI_STANDARD')] }],
  ['(user.proxyAddresses -any (_ -startsWith "contoso"))', { proxyAddresses: ['CONTOSO:pat'] }, { proxyAddresses: ['SMTP:pat@contoso.com'] }],
  [`Direct Reports for "${MANAGER}"`, { managerId: MANAGER.toUpperCase() }, { managerId: null }],
  ['user.objectId -ne null', {}, {}],
  ['(user.objectId -ne null) -and (user.userType -eq "Member")', { userType: 'Member' }, { userType: 'Guest' }],
  ['(user.extensionAttribute15 -eq "Marketing")', { onPremisesExtensionAttributes: { extensionAttribute15: 'marketing' } }, { onPremisesExtensionAttributes: null }],
  [
    'user.city -notin ["Lagos", "Ibadan", "Kaduna", "Abuja", "Port Harcourt"]',
    { city: 'Kano' },
    { city: 'port harcourt' },
  ],
  ['user.city -eq "Lagos" or user.city -startswith "Lag"', { city: 'Lagoon' }, { city: 'Abuja' }],
  ['user.department -eq "Accounts" -and user.city -in ["Lagos", "Ibadan", "Kaduna", "Abuja", "Port Harcourt"]', { department: 'Accounts', city: 'Abuja' }, { department: 'Accounts', city: 'Kano' }],
];

describe('evaluating the documented rules', () => {
  it.each(DOCUMENTED)('%s selects the right user', (rule, member, notMember) => {
    expect(matches(rule, ruleUser(member))).toBe(true);
    // user.objectId -ne null selects everyone: its "non-member" is a member too.
    expect(matches(rule, ruleUser(notMember))).toBe(rule === 'user.objectId -ne null');
  });
});

describe('comparison operators', () => {
  const user = ruleUser({ department: 'Sales Operations' });
  it.each([
    ['-eq "sales operations"', true],
    ['-eq "Sales"', false],
    ['-ne "SALES OPERATIONS"', false],
    ['-ne "Sales"', true],
    ['-startsWith "sales"', true],
    ['-startsWith "Ops"', false],
    ['-notStartsWith "SALES"', false],
    ['-notStartsWith "Ops"', true],
    ['-endsWith "OPERATIONS"', true],
    ['-endsWith "Sales"', false],
    ['-notEndsWith "operations"', false],
    ['-notEndsWith "Sales"', true],
    ['-contains "S OP"', true],
    ['-contains "Finance"', false],
    ['-notContains "s op"', false],
    ['-notContains "Finance"', true],
    ['-match "^sales\\s+op"', true],
    ['-match "^op"', false],
    ['-notMatch "OPER"', false],
    ['-notMatch "^op"', true],
    ['-in ["Finance", "sales operations"]', true],
    ['-in ["Sales"]', false],
    ['-notIn ["SALES OPERATIONS"]', false],
    ['-notIn ["Sales"]', true],
  ] as const)('user.department %s is %s for "Sales Operations"', (rest, expected) => {
    expect(matches(`user.department ${rest}`, user)).toBe(expected);
  });

  it('treats a missing value as failing every positive operator and passing every negated one', () => {
    const blank = ruleUser({});
    for (const operator of ['eq', 'startsWith', 'endsWith', 'contains', 'match']) expect(matches(`user.department -${operator} "x"`, blank)).toBe(false);
    for (const operator of ['ne', 'notStartsWith', 'notEndsWith', 'notContains', 'notMatch']) expect(matches(`user.department -${operator} "x"`, blank)).toBe(true);
    expect(matches('user.department -in ["x"]', blank)).toBe(false);
    expect(matches('user.department -notIn ["x"]', blank)).toBe(true);
  });

  it('checks null with -eq and -ne, on strings, Booleans and collections', () => {
    expect(matches('user.jobTitle -eq null', ruleUser({ jobTitle: null }))).toBe(true);
    expect(matches('user.jobTitle -eq null', ruleUser({ jobTitle: '' }))).toBe(true);
    expect(matches('user.jobTitle -ne null', ruleUser({ jobTitle: 'Analyst' }))).toBe(true);
    expect(matches('user.dirSyncEnabled -eq null', ruleUser({ onPremisesSyncEnabled: null }))).toBe(true);
    expect(matches('user.dirSyncEnabled -ne null', ruleUser({ onPremisesSyncEnabled: false }))).toBe(true);
    expect(matches('user.otherMails -eq null', ruleUser({ otherMails: [] }))).toBe(true);
    expect(matches('user.otherMails -ne null', ruleUser({ otherMails: ['a@b.c'] }))).toBe(true);
  });

  it('compares case-insensitively beyond ASCII, including letters whose lower case is longer', () => {
    expect(matches('user.city -eq "\u0130stanbul"', ruleUser({ city: '\u0130STANBUL' }))).toBe(true);
    expect(matches('user.city -eq "\u00c5RHUS"', ruleUser({ city: '\u00e5rhus' }))).toBe(true);
    expect(matches('user.city -eq "Istanbul"', ruleUser({ city: '\u0130stanbul' }))).toBe(false);
  });

  it('compares a number written without quotation marks as text', () => {
    expect(matches('user.department -eq 50001', ruleUser({ department: '50001' }))).toBe(true);
    expect(matches('user.department -in [50001, "50002"]', ruleUser({ department: '50002' }))).toBe(true);
  });

  it('compares Booleans exactly: false is not null', () => {
    expect(matches('user.accountEnabled -ne true', ruleUser({ accountEnabled: false }))).toBe(true);
    expect(matches('user.dirSyncEnabled -eq false', ruleUser({ onPremisesSyncEnabled: null }))).toBe(false);
    expect(matches('user.dirSyncEnabled -eq false', ruleUser({ onPremisesSyncEnabled: false }))).toBe(true);
  });
});

describe('logical operators', () => {
  const a = 'user.city -eq "A"';
  const b = 'user.department -eq "B"';
  const c = 'user.jobTitle -eq "C"';

  it('binds -and tighter than -or', () => {
    // A -or (B -and C): a user with only A matches; with (A -or B) -and C they would not.
    expect(matches(`${a} -or ${b} -and ${c}`, ruleUser({ city: 'A' }))).toBe(true);
    expect(matches(`(${a} -or ${b}) -and ${c}`, ruleUser({ city: 'A' }))).toBe(false);
    expect(matches(`${a} -or ${b} -and ${c}`, ruleUser({ department: 'B' }))).toBe(false);
  });

  it('applies -not to the expression after it, before -and', () => {
    expect(matches(`-not ${a} -and ${b}`, ruleUser({ department: 'B' }))).toBe(true);
    expect(matches(`-not (${a} -or ${b})`, ruleUser({ department: 'B' }))).toBe(false);
    expect(matches(`-not -not ${a}`, ruleUser({ city: 'a' }))).toBe(true);
  });

  it('evaluates long chains of -and and -or', () => {
    const five = ['A', 'B', 'C', 'D', 'E'].map((city) => `user.city -eq "${city}"`);
    expect(matches(five.join(' -or '), ruleUser({ city: 'E' }))).toBe(true);
    expect(matches(five.join(' -or '), ruleUser({ city: 'F' }))).toBe(false);
    expect(matches(five.map((part) => `-not ${part}`).join(' -and '), ruleUser({ city: 'F' }))).toBe(true);
    expect(matches(five.map((part) => `-not ${part}`).join(' -and '), ruleUser({ city: 'D' }))).toBe(false);
  });
});

describe('multi-valued properties', () => {
  it('-any holds when one item matches and -all when every item does, with _ as the item', () => {
    const user = ruleUser({ proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'] });
    expect(matches('user.proxyAddresses -any (_ -startsWith "smtp:")', user)).toBe(true);
    expect(matches('user.proxyAddresses -all (_ -startsWith "smtp:")', user)).toBe(true);
    expect(matches('user.proxyAddresses -all (_ -endsWith "contoso.com")', user)).toBe(false);
    expect(matches('user.proxyAddresses -any (_ -endsWith "contoso.com" -and -not (_ -contains "x"))', user)).toBe(true);
    expect(matches('user.otherMails -any (_ -eq "pat@home.example")', ruleUser({ otherMails: ['PAT@home.example'] }))).toBe(true);
  });

  it('-all over an empty collection holds and -any does not', () => {
    const user = ruleUser({ otherMails: [] });
    expect(matches('user.otherMails -all (_ -eq "x")', user)).toBe(true);
    expect(matches('user.otherMails -any (_ -ne "x")', user)).toBe(false);
  });

  it('can join a parenthesised -any to more expressions', () => {
    const rule = 'user.proxyAddresses -any (_ -startsWith "smtp:") -and user.department -eq "Sales"';
    expect(matches(rule, ruleUser({ department: 'Sales' }))).toBe(true);
    expect(matches(rule, ruleUser({ department: 'HR' }))).toBe(false);
  });

  it('derives assignedPlans from the licenses, marking turned-off plans Deleted', () => {
    const user = ruleUser({ assignedLicenses: [license('ENTERPRISEPACK', ['EXCHANGE_S_ENTERPRISE'])] });
    const exchange = assignedPlansOf(user).find((plan) => plan.servicePlanId === EXCHANGE_PLAN_2);
    expect(exchange).toEqual({ servicePlanId: EXCHANGE_PLAN_2, service: 'exchange', capabilityStatus: 'Deleted' });
    expect(matches(`user.assignedPlans -any (assignedPlan.servicePlanId -eq "${EXCHANGE_PLAN_2}")`, user)).toBe(true);
    expect(matches(`user.assignedPlans -any (assignedPlan.servicePlanId -eq "${EXCHANGE_PLAN_2}" -and assignedPlan.capabilityStatus -eq "Enabled")`, user)).toBe(false);
  });

  it('counts a plan as enabled when any of two licenses that share it enables it', () => {
    const user = ruleUser({ assignedLicenses: [license('ENTERPRISEPACK', ['EXCHANGE_S_ENTERPRISE']), license('SPE_E5')] });
    expect(assignedPlansOf(user).filter((plan) => plan.servicePlanId === EXCHANGE_PLAN_2)).toEqual([
      { servicePlanId: EXCHANGE_PLAN_2, service: 'exchange', capabilityStatus: 'Enabled' },
    ]);
  });

  it('derives the plans once per user object and again for a changed user', () => {
    const user = ruleUser({ assignedLicenses: [license('SPE_E5')] });
    expect(assignedPlansOf(user)).toBe(assignedPlansOf(user));
    const relicensed = { ...user, assignedLicenses: [license('POWER_BI_STANDARD')] };
    expect(assignedPlansOf(relicensed)).not.toBe(assignedPlansOf(user));
    expect(assignedPlansOf(relicensed).length).toBeLessThan(assignedPlansOf(user).length);
  });

  it('selects members of the listed groups through the memberOf context', () => {
    const rule = parsed("user.memberOf -any (group.objectId -in ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'])");
    const groupsOf: Record<string, readonly string[]> = {};
    const inGroup = ruleUser();
    const outside = ruleUser();
    groupsOf[inGroup.id] = ['33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222'];
    groupsOf[outside.id] = ['33333333-3333-4333-8333-333333333333'];
    const predicate = compileMembershipRule(rule, { memberOf: (userId) => groupsOf[userId] ?? [] });
    expect(predicate(inGroup)).toBe(true);
    expect(predicate(outside)).toBe(false);
    expect(() => compileMembershipRule(rule)).toThrow('pass context.memberOf');
  });
});

describe('properties that the rule language names differently from our model', () => {
  it.each([
    ['physicalDeliveryOfficeName', { officeLocation: '18/2111' }, '18/2111'],
    ['mobile', { mobilePhone: '+1 555 0100' }, '+1 555 0100'],
    ['telephoneNumber', { businessPhones: ['+1 555 0101', '+1 555 0102'] }, '+1 555 0101'],
    ['facsimileTelephoneNumber', { faxNumber: '+1 555 0103' }, '+1 555 0103'],
    ['mailNickName', { mailNickname: 'pat' }, 'pat'],
    ['objectId', { id: MANAGER }, MANAGER],
    ['sipProxyAddress', { proxyAddresses: ['SMTP:pat@contoso.com', 'SIP:pat@contoso.com'] }, 'pat@contoso.com'],
    ['onPremisesDistinguishedName', { onPremisesDistinguishedName: 'CN=Pat,OU=Sales,DC=contoso,DC=com' }, 'CN=Pat,OU=Sales,DC=contoso,DC=com'],
    ['extensionAttribute3', { onPremisesExtensionAttributes: { extensionAttribute3: 'Contractor' } }, 'Contractor'],
  ] as const)('user.%s reads the model', (property, overrides, value) => {
    expect(matches(`user.${property} -eq "${value}"`, ruleUser(overrides))).toBe(true);
    expect(matches(`user.${property} -eq "${value}"`, ruleUser())).toBe(false);
  });

  it('reads a custom extension property from the user by name', () => {
    const user = { ...ruleUser(), extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber: 123 };
    expect(matches('user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq "123"', user)).toBe(true);
    expect(matches('user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq null', ruleUser())).toBe(true);
  });
});

describe('dates', () => {
  const now = '2026-03-02T09:00:00.000Z';

  it('compares employeeHireDate with system.now plus or minus a duration on the simulated clock', () => {
    const recent = 'user.employeeHireDate -ge system.now -plus -p30d';
    expect(matches(recent, ruleUser({ employeeHireDate: '2026-02-15T00:00:00Z' }), { now })).toBe(true);
    expect(matches(recent, ruleUser({ employeeHireDate: '2026-01-15T00:00:00Z' }), { now })).toBe(false);
    expect(matches(recent, ruleUser({ employeeHireDate: null }), { now })).toBe(false);
    const starting = 'user.employeeHireDate -ge system.now -plus p1d';
    expect(matches(starting, ruleUser({ employeeHireDate: '2026-03-03T10:00:00Z' }), { now })).toBe(true);
    expect(matches(starting, ruleUser({ employeeHireDate: '2026-03-03T08:00:00Z' }), { now })).toBe(false);
    expect(matches('user.employeeHireDate -le system.now -plus PT12H', ruleUser({ employeeHireDate: '2026-03-02T20:00:00Z' }), { now })).toBe(true);
    expect(matches('user.employeeHireDate -le system.now -plus -P1Y2M', ruleUser({ employeeHireDate: '2025-01-01T09:00:00Z' }), { now })).toBe(true);
  });

  it('compares with dates written in quotation marks or without', () => {
    const user = ruleUser({ employeeHireDate: '2020-06-10T18:13:20Z' });
    expect(matches('user.employeeHireDate -eq "2020-06-10T18:13:20Z"', user)).toBe(true);
    expect(matches('user.employeeHireDate -ne 2020-06-10T18:13:20Z', user)).toBe(false);
    expect(matches('user.employeeHireDate -ge 2020-06-10', user)).toBe(true);
    expect(matches('user.employeeHireDate -le 2020-06-10', user)).toBe(false);
  });

  it('needs the simulated clock for a rule with system.now', () => {
    expect(() => compileMembershipRule(parsed('user.employeeHireDate -ge system.now'))).toThrow('context.now');
  });
});

describe('rules that select other objects', () => {
  it('selects only the direct reports of the manager', () => {
    const predicate = compileMembershipRule(parsed(`Direct Reports for "${MANAGER}"`));
    expect(predicate(ruleUser({ managerId: MANAGER }))).toBe(true);
    expect(predicate(ruleUser({ managerId: 'bbbbbbbb-0000-1111-2222-bbbbbbbbbbbb' }))).toBe(false);
  });

  it('refuses to evaluate a device rule against users', () => {
    expect(() => compileMembershipRule(parsed('device.deviceOSType -eq "Windows"'))).toThrow(DEVICE_RULE_MESSAGE);
  });
});
