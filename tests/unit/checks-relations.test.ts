import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

const pilot = [
  {
    type: 'group.create',
    displayName: 'E5 Pilot',
    mailEnabled: false,
    securityEnabled: true,
    mailNickname: 'E5Pilot',
    memberIds: [{ user: 'DebraB@contoso.com' }, { user: 'ChristieC@contoso.com' }, { user: 'IrvinS@contoso.com' }],
  },
  { type: 'group.assignLicense', groupId: { group: 'E5 Pilot' }, addLicenses: [{ skuId: { sku: 'SPE_E5' }, disabledPlans: [] }], removeLicenses: [] },
];

describe('memberOf and ownerOf', () => {
  it('memberOf lists the groups the user is in when it fails', () => {
    expect(evaluate({ kind: 'memberOf', user: 'MeganB@contoso.com', group: 'Sales and Marketing' }, untouched())).toEqual({
      passed: true,
      found: 'Megan Bowen is a member of Sales and Marketing.',
    });
    expect(evaluate({ kind: 'memberOf', user: 'AdeleV@contoso.com', group: 'Sales and Marketing' }, untouched())).toEqual({
      passed: false,
      found: 'Adele Vance is not a member of Sales and Marketing; member of: Retail.',
    });
  });

  it('not: true requires the relation to be absent', () => {
    expect(evaluate({ kind: 'memberOf', user: 'MeganB@contoso.com', group: 'Sales and Marketing', not: true }, untouched())).toEqual({
      passed: false,
      found: 'Megan Bowen is still a member of Sales and Marketing.',
    });
    expect(evaluate({ kind: 'ownerOf', user: 'MeganB@contoso.com', group: 'Retail', not: true }, untouched()).passed).toBe(true);
  });

  it('ownerOf names the groups the user owns, and fails on a missing group or user', () => {
    expect(evaluate({ kind: 'ownerOf', user: 'AdeleV@contoso.com', group: 'Legal Team' }, untouched())).toEqual({
      passed: false,
      found: 'Adele Vance is not an owner of Legal Team; owner of: Retail.',
    });
    expect(evaluate({ kind: 'ownerOf', user: 'AdeleV@contoso.com', group: 'Nope' }, untouched())).toEqual({ passed: false, found: 'There is no group named Nope.' });
    expect(evaluate({ kind: 'ownerOf', user: 'nobody@contoso.com', group: 'Retail' }, untouched())).toEqual({
      passed: false,
      found: 'The user nobody@contoso.com does not exist.',
    });
  });

  it('finds a guest by the address they were invited with', () => {
    const context = contosoAfter([
      { type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Park' },
      { type: 'group.addMembers', groupId: { group: 'Sales and Marketing' }, memberIds: [{ guest: 'ada@fabrikam.com' }] },
    ]);
    expect(evaluate({ kind: 'memberOf', user: 'ada@fabrikam.com', group: 'Sales and Marketing' }, context).found).toBe('Ada Park is a member of Sales and Marketing.');
  });
});

describe('holdsLicense', () => {
  it('names what the user holds instead', () => {
    expect(evaluate({ kind: 'holdsLicense', user: 'AdeleV@contoso.com', sku: 'SPE_E5' }, untouched())).toEqual({
      passed: false,
      found: 'Adele Vance holds no Microsoft 365 E5 license; licenses held: Office 365 E3.',
    });
    expect(evaluate({ kind: 'holdsLicense', user: 'MeganB@contoso.com', sku: 'SPE_E5' }, untouched())).toEqual({
      passed: true,
      found: 'Megan Bowen holds Microsoft 365 E5 directly.',
    });
  });

  it('tells direct from group-based assignment, and reports a group license in error', () => {
    const context = contosoAfter(pilot);
    const results = ['DebraB', 'ChristieC', 'IrvinS'].map((alias) => evaluate({ kind: 'holdsLicense', user: `${alias}@contoso.com`, sku: 'SPE_E5', group: 'E5 Pilot' }, context));
    expect(results.filter((result) => result.passed)).toHaveLength(2);
    expect(results.find((result) => !result.passed)!.found).toMatch(/^(Debra Berger|Christie Cline|Irvin Sayers)'s Microsoft 365 E5 license assigned through the group E5 Pilot is in error \(CountViolation\): the product has no licenses left to assign; buy more or free some\.$/);
    expect(evaluate({ kind: 'holdsLicense', user: 'MeganB@contoso.com', sku: 'SPE_E5', via: 'group' }, context)).toEqual({
      passed: false,
      found: 'Megan Bowen holds Microsoft 365 E5 directly, not through a group.',
    });
    expect(evaluate({ kind: 'holdsLicense', user: 'MeganB@contoso.com', sku: 'SPE_E5', via: 'direct' }, context).passed).toBe(true);
  });

  it('not: true fails while the license is held', () => {
    expect(evaluate({ kind: 'holdsLicense', user: 'MeganB@contoso.com', sku: 'SPE_E5', not: true }, untouched())).toEqual({
      passed: false,
      found: 'Megan Bowen still holds Microsoft 365 E5 (directly).',
    });
    expect(evaluate({ kind: 'holdsLicense', user: 'DebraB@contoso.com', sku: 'SPE_E5', not: true }, untouched())).toEqual({
      passed: true,
      found: 'Debra Berger holds no Microsoft 365 E5 license.',
    });
  });
});

describe('planDisabled', () => {
  const withoutSway = contosoAfter([
    {
      type: 'user.assignLicense',
      userId: { user: 'DebraB@contoso.com' },
      addLicenses: [{ skuId: { sku: 'SPE_E5' }, disabledPlans: [{ servicePlan: 'SWAY' }] }],
      removeLicenses: [],
    },
  ]);

  it('passes when the plan is off in the license, and names the plan when it is on', () => {
    expect(evaluate({ kind: 'planDisabled', user: 'DebraB@contoso.com', sku: 'SPE_E5', plan: 'SWAY' }, withoutSway)).toEqual({
      passed: true,
      found: "Sway is turned off in Debra Berger's Microsoft 365 E5 license.",
    });
    expect(evaluate({ kind: 'planDisabled', user: 'MeganB@contoso.com', sku: 'SPE_E5', plan: 'SWAY' }, withoutSway)).toEqual({
      passed: false,
      found: "Sway is still on in Megan Bowen's Microsoft 365 E5 license.",
    });
  });

  it('fails when the user does not hold the product at all, and inverts with not', () => {
    expect(evaluate({ kind: 'planDisabled', user: 'AdeleV@contoso.com', sku: 'SPE_E5', plan: 'SWAY' }, withoutSway)).toEqual({
      passed: false,
      found: 'Adele Vance holds no Microsoft 365 E5 license.',
    });
    expect(evaluate({ kind: 'planDisabled', user: 'MeganB@contoso.com', sku: 'SPE_E5', plan: 'SWAY', not: true }, withoutSway).passed).toBe(true);
  });
});

describe('holdsRole', () => {
  it('lists the roles held when the wanted one is missing', () => {
    expect(evaluate({ kind: 'holdsRole', user: 'NestorW@contoso.com', role: 'User Administrator', scope: 'tenant' }, untouched())).toEqual({
      passed: true,
      found: 'Nestor Wilke holds User Administrator for the whole tenant.',
    });
    expect(evaluate({ kind: 'holdsRole', user: 'NestorW@contoso.com', role: 'Helpdesk Administrator' }, untouched())).toEqual({
      passed: false,
      found:
        'Nestor Wilke does not hold Helpdesk Administrator; roles held: User Administrator (tenant). User Administrator can\'t read BitLocker recovery keys: it has no microsoft.directory/bitlockerKeys/key/read, which Helpdesk Administrator has.',
      safe: "Nestor Wilke does not hold the role the task asks for; roles held: User Administrator (tenant). User Administrator can't read BitLocker recovery keys: it has no microsoft.directory/bitlockerKeys/key/read.",
    });
  });

  it('tells an administrative-unit scope from the whole tenant', () => {
    const context = contosoAfter([
      { type: 'administrativeUnit.create', displayName: 'Paris' },
      { type: 'role.assign', principalId: { user: 'GradyA@contoso.com' }, roleDefinitionId: { role: 'Helpdesk Administrator' }, directoryScopeId: { administrativeUnitScope: 'Paris' } },
    ]);
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Helpdesk Administrator', scope: { administrativeUnit: 'Paris' } }, context)).toEqual({
      passed: true,
      found: 'Grady Archie holds Helpdesk Administrator over the administrative unit Paris.',
    });
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Helpdesk Administrator', scope: 'tenant' }, context)).toEqual({
      passed: false,
      found: 'Grady Archie does not hold Helpdesk Administrator for the whole tenant; roles held: Helpdesk Administrator (administrative unit Paris).',
      safe: 'Grady Archie holds the right role, but not with the scope or assignment type the task asks for; roles held: Helpdesk Administrator (administrative unit Paris).',
    });
  });

  it('tells eligible from active assignments', () => {
    const context = contosoAfter([{ type: 'pim.assignEligible', principalId: { user: 'GradyA@contoso.com' }, roleDefinitionId: { role: 'User Administrator' }, permanent: true }]);
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'User Administrator', assignment: 'eligible' }, context)).toEqual({
      passed: true,
      found: 'Grady Archie holds User Administrator (eligible).',
    });
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'User Administrator' }, context)).toEqual({
      passed: false,
      found: 'Grady Archie does not hold User Administrator; roles held: User Administrator (eligible, tenant).',
      safe: 'Grady Archie holds the right role, but not with the scope or assignment type the task asks for; roles held: User Administrator (eligible, tenant).',
    });
  });

  it('counts a role held through a role-assignable group the user is a member of', () => {
    const context = contosoAfter([
      { type: 'group.create', displayName: 'Helpdesk Admins', mailEnabled: false, securityEnabled: true, mailNickname: 'HelpdeskAdmins', isAssignableToRole: true },
      { type: 'role.assign', principalId: { group: 'Helpdesk Admins' }, roleDefinitionId: { role: 'Helpdesk Administrator' } },
      { type: 'group.addMembers', groupId: { group: 'Helpdesk Admins' }, memberIds: [{ user: 'GradyA@contoso.com' }] },
    ]);
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Helpdesk Administrator', scope: 'tenant' }, context)).toEqual({
      passed: true,
      found: 'Grady Archie holds Helpdesk Administrator for the whole tenant through the group Helpdesk Admins.',
    });
    expect(evaluate({ kind: 'holdsRole', user: 'GradyA@contoso.com', role: 'Helpdesk Administrator', not: true }, context)).toEqual({
      passed: false,
      found: 'Grady Archie holds Helpdesk Administrator (tenant, through the group Helpdesk Admins).',
      safe: 'Grady Archie holds a role the task rules out.',
    });
    expect(evaluate({ kind: 'holdsRole', group: 'Helpdesk Admins', role: 'Helpdesk Administrator' }, context).found).toBe(
      'The group Helpdesk Admins holds Helpdesk Administrator.',
    );
  });

  it('not: true names where the role is still held, saying "still" only when it was held at the start', () => {
    expect(evaluate({ kind: 'holdsRole', user: 'admin@contoso.onmicrosoft.com', role: 'Global Administrator', not: true }, untouched())).toEqual({
      passed: false,
      found: 'MOD Administrator still holds Global Administrator (tenant).',
      safe: 'MOD Administrator still holds a role the task rules out.',
    });
  });
});

describe('managerIs', () => {
  const context = contosoAfter([{ type: 'user.setManager', userId: { user: 'AlexW@contoso.com' }, managerId: { user: 'MeganB@contoso.com' } }]);

  it('names the manager found', () => {
    expect(evaluate({ kind: 'managerIs', user: 'AlexW@contoso.com', manager: 'MeganB@contoso.com' }, context)).toEqual({
      passed: true,
      found: "Alex Wilber's manager is Megan Bowen.",
    });
    expect(evaluate({ kind: 'managerIs', user: 'AlexW@contoso.com', manager: 'PattiF@contoso.com' }, context)).toEqual({
      passed: false,
      found: "Alex Wilber's manager is Megan Bowen, not Patti Fernandez.",
    });
  });

  it('manager: null requires no manager', () => {
    expect(evaluate({ kind: 'managerIs', user: 'AlexW@contoso.com', manager: null }, context)).toEqual({
      passed: false,
      found: "Alex Wilber's manager is Megan Bowen; expected none.",
    });
    expect(evaluate({ kind: 'managerIs', user: 'AdeleV@contoso.com', manager: null }, context)).toEqual({ passed: true, found: 'Adele Vance has no manager.' });
  });
});
