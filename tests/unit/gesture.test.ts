import { describe, expect, it } from 'vitest';
import {
  addUserWorkflow,
  addUsersWorkflow,
  describeAcceptedCommand,
  dispatch,
  findUserByUserPrincipalName,
  gesture,
  getById,
  heldRoles,
  replay,
  restoreUserWorkflow,
  roleTemplateByName,
  saveUserLicensesWorkflow,
  skuByPartNumber,
  type Gesture,
  type Tenant,
} from '../../src/tenant';
import { logEntryProblem } from '../../src/storage/records/command-log';
import { TestTenant } from '../support/test-tenant';

const E5 = skuByPartNumber('SPE_E5')!.skuId;
const GLOBAL_ADMIN = roleTemplateByName('Global Administrator')!.id;
const USER_ADMIN = roleTemplateByName('User Administrator')!.id;
const newUser = (alias: string) => ({ userPrincipalName: `${alias}@contoso.com`, displayName: alias, password: 'Pa55word!x', usageLocation: 'US' });

function seatsLeft(tenant: Tenant, skuId: string): number {
  const sku = getById(tenant.licensing.subscribedSkus, `${tenant.organization.id}_${skuId}`)!;
  return sku.prepaidUnits.enabled - sku.consumedUnits;
}

describe('a gesture', () => {
  it('applies the Add a user wizard as one entry: the user, their license and their role', () => {
    const lab = new TestTenant();
    const { command, steps } = addUserWorkflow({ user: newUser('Kim'), licenses: [{ skuId: E5, disabledPlans: [] }], roleDefinitionIds: [USER_ADMIN] });
    expect(command.type).toBe('gesture');
    expect(steps).toEqual(['Add Kim', expect.stringMatching(/^Assign /), 'Assign the User Administrator role']);
    const result = lab.send(command);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kim = findUserByUserPrincipalName(lab.tenant, 'Kim@contoso.com')!;
    expect(result.created).toEqual([kim.id]);
    expect(kim.assignedLicenses.map((license) => license.skuId)).toEqual([E5]);
    expect(heldRoles(lab.tenant, kim.id).map((role) => role.roleDefinitionId)).toEqual([USER_ADMIN]);
    // Each part keeps the audit records a real tenant writes; "what changed" tells them part by part.
    expect(result.parts?.map((records) => records[0]!.activityDisplayName)).toEqual(['Add user', 'Change user license', 'Add member to role']);
    expect(describeAcceptedCommand(command, result.audit, lab.tenant, result.parts).split('; ')).toHaveLength(3);
  });

  it('is refused whole when a later part is refused, and names that part', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId('MeganB@contoso.com'), roleDefinitionId: USER_ADMIN });
    lab.signInAs('MeganB@contoso.com');
    const before = lab.tenant;
    const { command, steps } = addUserWorkflow({ user: newUser('Kim'), licenses: [], roleDefinitionIds: [GLOBAL_ADMIN] });
    const result = lab.send(command);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('InsufficientPrivileges');
    expect(result.part).toBe(1);
    expect(steps[result.part!]).toBe('Assign the Global Administrator role');
    expect(result.audit?.result).toBe('failure');
    // The user the first part made is not left behind.
    expect(lab.tenant).toBe(before);
    expect(findUserByUserPrincipalName(lab.tenant, 'Kim@contoso.com')).toBeUndefined();
  });

  it('adds nobody from a file when the seats run out part way', () => {
    const lab = new TestTenant();
    const left = seatsLeft(lab.tenant, E5);
    const users = Array.from({ length: left + 1 }, (_, index) => newUser(`bulk${index}`));
    const result = lab.send(addUsersWorkflow({ users, usageLocation: 'US', skuId: E5 }).command);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.part).toBe(left + 1);
    expect(findUserByUserPrincipalName(lab.tenant, 'bulk0@contoso.com')).toBeUndefined();
    expect(seatsLeft(lab.tenant, E5)).toBe(left);
  });

  it('licenses each user of a file it created, in file order', () => {
    const lab = new TestTenant();
    const users = [newUser('first'), newUser('second')];
    const result = lab.send(addUsersWorkflow({ users, usageLocation: 'US', skuId: E5 }).command);
    expect(result.ok && result.created).toHaveLength(2);
    for (const user of users) expect(findUserByUserPrincipalName(lab.tenant, user.userPrincipalName)!.assignedLicenses[0]?.skuId).toBe(E5);
  });

  it('restores a user with a new password, or leaves them deleted when the password is refused', () => {
    const lab = new TestTenant();
    const megan = lab.userId('MeganB@contoso.com');
    lab.run({ type: 'user.delete', userId: megan });
    const refused = lab.send(restoreUserWorkflow(lab.tenant, { userId: megan }, { password: 'short', forceChangePasswordNextSignIn: true }).command);
    expect(refused.ok || refused.part).toBe(1);
    expect(getById(lab.tenant.directory.deletedUsers, megan)).toBeDefined();
    lab.run(restoreUserWorkflow(lab.tenant, { userId: megan }, { password: 'N3w-Passw0rd!', forceChangePasswordNextSignIn: false }).command);
    expect(getById(lab.tenant.directory.users, megan)!.passwordProfile.password).toBe('N3w-Passw0rd!');
  });

  it('sends a one-step form as the plain command, and nothing for an unchanged form', () => {
    const userId = new TestTenant().userId('MeganB@contoso.com');
    expect(saveUserLicensesWorkflow({ userId, addLicenses: [], removeLicenses: [] })).toBeNull();
    expect(saveUserLicensesWorkflow({ userId, usageLocation: 'FR', addLicenses: [], removeLicenses: [] })!.command.type).toBe('user.setUsageLocation');
    expect(saveUserLicensesWorkflow({ userId, usageLocation: 'FR', addLicenses: [{ skuId: E5, disabledPlans: [] }], removeLicenses: [] })!.command.type).toBe('gesture');
  });

  it('is replayed from the log to the same state', () => {
    const lab = new TestTenant();
    lab.run(addUserWorkflow({ user: newUser('Kim'), licenses: [{ skuId: E5, disabledPlans: [] }], roleDefinitionIds: [USER_ADMIN] }).command);
    expect(lab.log).toHaveLength(1);
    expect(JSON.stringify(replay(lab.fixture, lab.log))).toBe(JSON.stringify(lab.tenant));
  });

  it('refuses nesting, emptiness and a binding to an object no earlier part created', () => {
    const lab = new TestTenant();
    const admin = { kind: 'system' } as const;
    const inner = gesture('inner', [{ type: 'user.update', userId: lab.userId('MeganB@contoso.com'), changes: { jobTitle: 'X' } }]);
    const nested = { type: 'gesture', name: 'outer', parts: [{ command: inner }] } as unknown as Gesture;
    expect(dispatch(lab.tenant, nested, admin)).toMatchObject({ ok: false, part: 0 });
    expect(dispatch(lab.tenant, gesture('empty', []), admin).ok).toBe(false);
    const unbound = gesture('unbound', [
      { type: 'user.update', userId: lab.userId('MeganB@contoso.com'), changes: { jobTitle: 'X' } },
      { command: { type: 'user.update', userId: '', changes: { jobTitle: 'Y' } }, bind: { userId: { part: 0 } } },
    ]);
    const result = dispatch(lab.tenant, unbound, admin);
    expect(result).toMatchObject({ ok: false, part: 1 });
    expect(!result.ok && result.error.target).toBe('userId');
  });
});

describe('a stored gesture', () => {
  const actor = { kind: 'user', userId: 'u1' };
  const part = (command: object, bind?: object) => ({ command, ...(bind && { bind }) });

  it('is accepted when every part is a known command bound to earlier parts', () => {
    const { command } = addUserWorkflow({ user: newUser('Kim'), licenses: [], roleDefinitionIds: [USER_ADMIN] });
    expect(logEntryProblem({ command, actor })).toBeUndefined();
  });

  it.each([
    [{ type: 'gesture', name: 'x', parts: [] }, 'at least one part'],
    [{ type: 'gesture', parts: [part({ type: 'user.update' })] }, 'needs a name'],
    [{ type: 'gesture', name: 'x', parts: [part({ type: 'user.hack' })] }, "part 1: unknown command type 'user.hack'"],
    [{ type: 'gesture', name: 'x', parts: [part({ type: 'gesture', name: 'y', parts: [] })] }, "unknown command type 'gesture'"],
    [{ type: 'gesture', name: 'x', parts: [part({ type: 'user.update', userId: '' }, { userId: { part: 0 } })] }, 'must name an earlier part'],
    [{ type: 'gesture', name: 'x', parts: [part({ type: 'user.create' }), part({ type: 'user.update' }, { userId: { part: 0 } })] }, "bind names 'userId'"],
  ])('refuses %j', (command, message) => {
    expect(logEntryProblem({ command, actor })).toContain(message);
  });
});
