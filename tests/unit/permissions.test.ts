import { describe, expect, it } from 'vitest';
import { grants, isAuthorized, ROLE, roleTemplateById, signedInAs, SYSTEM_ACTOR } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

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
