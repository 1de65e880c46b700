import { describe, expect, it } from 'vitest';
import { activeRoleIds, administrativeUnitScope, grants, isAuthorized, ROLE, roleTemplateById, scopeContains, signedInAs, SYSTEM_ACTOR } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';
import { createUnit, withRoleGroup } from './roles.support';

describe('grants', () => {
  it.each([
    ['microsoft.directory/users/allProperties/allTasks', 'microsoft.directory/users/create', true],
    ['microsoft.directory/users/allProperties/allTasks', 'microsoft.directory/users/basic/update', true],
    ['microsoft.directory/users/allProperties/allTasks', 'microsoft.directory/groups/create', false],
    ['microsoft.directory/users/allProperties/read', 'microsoft.directory/users/basic/read', true],
    ['microsoft.directory/users/allProperties/read', 'microsoft.directory/users/basic/update', false],
    ['microsoft.directory/users/basic/update', 'microsoft.directory/users/basic/update', true],
    ['microsoft.directory/users/basic/update', 'microsoft.directory/users/password/update', false],
    ['microsoft.azure.serviceHealth/allEntities/allTasks', 'microsoft.azure.serviceHealth/incidents/read', true],
    ['microsoft.azure.serviceHealth/allEntities/allTasks', 'microsoft.office365.serviceHealth/incidents/read', false],
    ['microsoft.directory/deletedItems/restore', 'microsoft.directory/deletedItems.users/restore', true],
    ['microsoft.directory/deletedItems.groups/restore', 'microsoft.directory/deletedItems.users/restore', false],
    ['microsoft.directory/users/create', 'microsoft.directory/usersX/create', false],
    ['microsoft.directory/users/create', 'microsoft.directoryX/users/create', false],
  ])('%s covers %s: %s', (granted, required, expected) => {
    expect(grants(granted, required)).toBe(expected);
  });
});

describe('isAuthorized', () => {
  const lab = new TestTenant();
  const tenant = lab.tenant;

  it('lets the system actor do anything, for timed processes', () => {
    expect(isAuthorized(tenant, SYSTEM_ACTOR, { action: 'microsoft.directory/users/delete' })).toBe(true);
  });

  it('decides by the roles the signed-in admin holds', () => {
    const helpdesk = signedInAs(lab.userId('AllanD@contoso.com'));
    expect(isAuthorized(tenant, helpdesk, { action: 'microsoft.directory/users/password/update' })).toBe(true);
    expect(isAuthorized(tenant, helpdesk, { action: 'microsoft.directory/users/delete' })).toBe(false);
    const licenseAdmin = signedInAs(lab.userId('EmilyB@contoso.com'));
    expect(isAuthorized(tenant, licenseAdmin, { action: 'microsoft.directory/users/assignLicense' })).toBe(true);
    expect(isAuthorized(tenant, licenseAdmin, { action: 'microsoft.directory/users/create' })).toBe(false);
  });

  it('gives a Global Reader no write permission', () => {
    const reader = roleTemplateById(ROLE.globalReader)!;
    expect(reader.allowedResourceActions.some((action) => grants(action, 'microsoft.directory/users/basic/update'))).toBe(false);
    expect(reader.allowedResourceActions.some((action) => grants(action, 'microsoft.directory/users/standard/read'))).toBe(true);
  });
});

describe('scopes and held roles', () => {
  it('covers everything with the directory scope and only direct members with an administrative unit', () => {
    const { lab, groupId } = withRoleGroup();
    const unit = createUnit(lab, 'Seattle', ['MeganB@contoso.com']);
    lab.run({ type: 'administrativeUnit.addMembers', administrativeUnitId: unit, memberIds: [groupId] });
    const scope = administrativeUnitScope(unit);
    expect(scopeContains(lab.tenant, '/', lab.userId('AlexW@contoso.com'))).toBe(true);
    expect(scopeContains(lab.tenant, scope, lab.userId('MeganB@contoso.com'))).toBe(true);
    expect(scopeContains(lab.tenant, scope, groupId)).toBe(true);
    // The group is in the unit, its members are not.
    expect(scopeContains(lab.tenant, scope, lab.userId('AlexW@contoso.com'))).toBe(false);
    expect(scopeContains(lab.tenant, administrativeUnitScope('gone'), lab.userId('MeganB@contoso.com'))).toBe(false);
    expect(scopeContains(lab.tenant, '/groups/x', lab.userId('MeganB@contoso.com'))).toBe(false);
  });

  it('counts direct, group and activated roles, and AU roles only over their members', () => {
    const { lab, groupId } = withRoleGroup();
    const adele = lab.userId('AdeleV@contoso.com');
    const unit = createUnit(lab, 'Seattle', ['MeganB@contoso.com']);
    lab.run({ type: 'role.assign', principalId: adele, roleDefinitionId: ROLE.licenseAdministrator });
    lab.run({ type: 'role.assign', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    lab.run({ type: 'role.assign', principalId: adele, roleDefinitionId: ROLE.userAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.run({ type: 'pim.assignEligible', principalId: adele, roleDefinitionId: ROLE.groupsAdministrator });
    lab.signInAs('AdeleV@contoso.com').run({ type: 'pim.activate', roleDefinitionId: ROLE.groupsAdministrator, justification: 'Cleanup' });
    const tenantWide = [ROLE.licenseAdministrator, ROLE.helpdeskAdministrator, ROLE.groupsAdministrator];
    const sorted = (roles: readonly string[]) => [...roles].sort();
    expect(sorted(activeRoleIds(lab.tenant, adele))).toEqual(sorted(tenantWide));
    expect(sorted(activeRoleIds(lab.tenant, adele, lab.userId('MeganB@contoso.com')))).toEqual(sorted([...tenantWide, ROLE.userAdministrator]));
    expect(sorted(activeRoleIds(lab.tenant, adele, lab.userId('AlexW@contoso.com')))).toEqual(sorted(tenantWide));
  });

  it('keeps reading open in a restricted management unit while only its own admins may write', () => {
    const lab = new TestTenant();
    createUnit(lab, 'Executives', ['MeganB@contoso.com'], true);
    const admin = signedInAs(lab.userId('admin@contoso.onmicrosoft.com'));
    const megan = lab.userId('MeganB@contoso.com');
    expect(isAuthorized(lab.tenant, admin, { action: 'microsoft.directory/users/standard/read', targetId: megan })).toBe(true);
    expect(isAuthorized(lab.tenant, admin, { action: 'microsoft.directory/users/basic/update', targetId: megan })).toBe(false);
    expect(isAuthorized(lab.tenant, admin, { action: 'microsoft.directory/users/basic/update', targetId: lab.userId('AlexW@contoso.com') })).toBe(true);
  });

  it('refuses a disabled admin whatever they hold', () => {
    const lab = new TestTenant();
    lab.run({ type: 'user.setAccountEnabled', userId: lab.userId('NestorW@contoso.com'), accountEnabled: false });
    expect(isAuthorized(lab.tenant, signedInAs(lab.userId('NestorW@contoso.com')), { action: 'microsoft.directory/users/create' })).toBe(false);
  });
});
