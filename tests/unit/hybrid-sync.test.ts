import { describe, expect, it } from 'vitest';
import { auditRecords, findUserByUserPrincipalName, toArray } from '../../src/tenant';
import { hybridLab, onPremUser, ouId, syncedUser, syncedUsers } from './hybrid-support';

describe('the sync wizard and a first cycle', () => {
  it('express settings sync the whole domain except critical system objects and built-in groups', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    const names = syncedUsers(lab.tenant).map((user) => user.onPremisesSamAccountName).sort();
    expect(names).toEqual(['branch1', 'branch2', 'branch3', 'ivy', 'lena', 'omar']);
    const groups = toArray(lab.tenant.directory.groups).filter((group) => group.onPremisesSyncEnabled);
    expect(groups.map((group) => group.displayName)).toEqual(['Sales Team']);
    expect(lab.tenant.sync.runs.at(-1)).toMatchObject({ policyType: 'Initial', status: 'success', adds: 7 });
  });

  it('marks synced users the way Graph does and writes the anchor back to mS-DS-ConsistencyGuid', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    const lena = syncedUser(lab.tenant, 'lena')!;
    expect(lena).toMatchObject({
      userPrincipalName: 'lena@contoso.com',
      onPremisesSyncEnabled: true,
      onPremisesUserPrincipalName: 'lena@contoso.com',
      onPremisesDomainName: 'contoso.local',
      onPremisesDistinguishedName: 'CN=Lena Fischer,OU=Sales,OU=Contoso,DC=contoso,DC=local',
      department: 'Sales',
    });
    expect(onPremUser(lab, 'lena').msDsConsistencyGuid).toBe(lena.onPremisesImmutableId);
    expect(lena.onPremisesImmutableId).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('OU filtering syncs only the chosen OUs and what lies under them', () => {
    const lab = hybridLab();
    lab.run({ type: 'sync.configure', installType: 'custom', includedContainerIds: [ouId(lab, 'Contoso/Sales')] });
    expect(syncedUsers(lab.tenant).map((user) => user.onPremisesSamAccountName).sort()).toEqual(['lena', 'omar']);
  });

  it('a UPN whose suffix is not a verified domain arrives on the onmicrosoft.com domain', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    expect(syncedUser(lab.tenant, 'ivy')!.userPrincipalName).toBe('ivy@contoso.onmicrosoft.com');
    lab.run({ type: 'onPremises.updateUser', userId: onPremUser(lab, 'ivy').id, changes: { userPrincipalName: 'ivy@contoso.com' } });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(syncedUser(lab.tenant, 'ivy')!.userPrincipalName).toBe('ivy@contoso.com');
  });

  it('writes the cloud changes as the sync service account', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    const add = [...auditRecords(lab.tenant)].find((record) => record.activityDisplayName === 'Add user' && record.targetResources[0]?.userPrincipalName === 'lena@contoso.com')!;
    expect(add.initiatedBy.user?.displayName).toBe('On-Premises Directory Synchronization Service Account');
  });

  it('refuses a sync cycle before the wizard has run, and an interval under 30 minutes', () => {
    const lab = hybridLab();
    lab.expectRejected({ type: 'sync.startCycle', policyType: 'Delta' }, 'SyncConfigurationInvalid', /not configured/);
    lab.run({ type: 'sync.configure', installType: 'express' });
    lab.expectRejected({ type: 'sync.setScheduler', customizedSyncCycleInterval: 10 }, 'SyncConfigurationInvalid', /00:30:00/);
    lab.expectRejected({ type: 'sync.configure', installType: 'custom', sourceAnchor: 'objectGUID' }, 'SyncConfigurationInvalid', /source anchor cannot be changed/);
  });
});

describe('matching', () => {
  it('soft-matches a cloud-only user by primary SMTP address and takes it over', () => {
    const lab = hybridLab();
    const megan = findUserByUserPrincipalName(lab.tenant, 'MeganB@contoso.com')!;
    lab.run({
      type: 'onPremises.createUser',
      parentId: ouId(lab, 'Contoso/Sales'),
      sAMAccountName: 'meganb',
      givenName: 'Megan',
      sn: 'Bowen',
      userPrincipalName: 'MeganB@contoso.com',
      password: 'Pa55w.rd1234',
      proxyAddresses: ['SMTP:MeganB@contoso.com'],
      department: 'Marketing',
    });
    lab.run({ type: 'sync.configure', installType: 'express' });
    const matched = lab.tenant.directory.users;
    const after = toArray(matched).find((user) => user.id === megan.id)!;
    expect(after.onPremisesSyncEnabled).toBe(true);
    expect(after.onPremisesImmutableId).toBeDefined();
    expect(toArray(matched).filter((user) => user.userPrincipalName.toLowerCase() === 'meganb@contoso.com')).toHaveLength(1);
  });

  it('with soft match blocked, the same user is a duplicate: resiliency gives it an onmicrosoft.com UPN and an export error', () => {
    const lab = hybridLab();
    lab.run({ type: 'onPremises.createUser', parentId: ouId(lab, 'Contoso/Sales'), sAMAccountName: 'meganb', givenName: 'Megan', sn: 'Bowen', userPrincipalName: 'MeganB@contoso.com', password: 'Pa55w.rd1234' });
    lab.run({ type: 'sync.configure', installType: 'custom', blockSoftMatch: true });
    const copy = syncedUser(lab.tenant, 'meganb')!;
    expect(copy.userPrincipalName).toMatch(/^MeganB\d{4}@contoso\.onmicrosoft\.com$/);
    const errors = toArray(lab.tenant.sync.errors);
    expect(errors).toMatchObject([{ errorType: 'AttributeValueMustBeUnique', attribute: 'UserPrincipalName', category: 'Duplicate Attribute' }]);
    expect(copy.onPremisesProvisioningErrors).toMatchObject([{ propertyCausingError: 'UserPrincipalName', value: 'MeganB@contoso.com' }]);
  });

  it('refuses to soft-match onto a cloud user who holds an admin role', () => {
    const lab = hybridLab();
    lab.run({ type: 'onPremises.createUser', parentId: ouId(lab, 'Contoso/IT'), sAMAccountName: 'nestorw', givenName: 'Nestor', sn: 'Wilke', userPrincipalName: 'NestorW@contoso.com', password: 'Pa55w.rd1234' });
    lab.run({ type: 'sync.configure', installType: 'express' });
    expect(syncedUser(lab.tenant, 'nestorw')).toBeUndefined();
    expect(toArray(lab.tenant.sync.errors)).toMatchObject([{ errorType: 'ExistingAdminRoleConflict' }]);
  });
});

describe('duplicate attributes', () => {
  it('quarantines a duplicate proxy address and releases the error once the source is fixed', () => {
    const lab = hybridLab();
    lab.run({ type: 'onPremises.updateUser', userId: onPremUser(lab, 'omar').id, changes: { proxyAddresses: ['SMTP:omar@contoso.com', 'smtp:lena@contoso.com'] } });
    lab.run({ type: 'sync.configure', installType: 'express' });
    const errors = toArray(lab.tenant.sync.errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('[ProxyAddresses smtp:lena@contoso.com;]');
    expect(syncedUser(lab.tenant, 'omar')!.proxyAddresses).toEqual(['SMTP:omar@contoso.com']);
    lab.run({ type: 'onPremises.updateUser', userId: onPremUser(lab, 'omar').id, changes: { proxyAddresses: ['SMTP:omar@contoso.com', 'smtp:o.haddad@contoso.com'] } });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(lab.tenant.sync.errors.size).toBe(0);
    expect(syncedUser(lab.tenant, 'omar')!.proxyAddresses).toEqual(['SMTP:omar@contoso.com', 'smtp:o.haddad@contoso.com']);
    expect(syncedUser(lab.tenant, 'omar')!.onPremisesProvisioningErrors).toEqual([]);
  });
});

describe('deletion and the accidental-delete threshold', () => {
  it('deletes a synced user who leaves the OUs in scope', () => {
    const lab = hybridLab();
    lab.run({ type: 'sync.configure', installType: 'custom', includedContainerIds: [ouId(lab, 'Contoso')] });
    const omar = syncedUser(lab.tenant, 'omar')!;
    lab.run({ type: 'onPremises.moveObject', objectId: onPremUser(lab, 'omar').id, targetContainerId: ouId(lab, 'Branch') });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(syncedUser(lab.tenant, 'omar')).toBeUndefined();
    expect(lab.tenant.directory.deletedUsers.size).toBe(1);
    expect(toArray(lab.tenant.directory.deletedUsers)[0]!.id).toBe(omar.id);
  });

  it('stops the export when more objects would be deleted than the threshold allows, until the threshold is lifted', () => {
    const lab = hybridLab({ branchUsers: 12 }).run({ type: 'sync.configure', installType: 'express' });
    lab.run({ type: 'sync.setDeletionThreshold', enabled: true, threshold: 10 });
    const before = syncedUsers(lab.tenant).length;
    lab.run({ type: 'onPremises.setProtection', containerId: ouId(lab, 'Branch'), protectedFromAccidentalDeletion: false });
    lab.run({ type: 'onPremises.deleteObject', objectId: ouId(lab, 'Branch') });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(lab.tenant.sync.runs.at(-1)!.status).toBe('stopped-deletion-threshold-exceeded');
    expect(syncedUsers(lab.tenant)).toHaveLength(before);
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(lab.tenant.sync.runs.at(-1)!.status).toBe('stopped-deletion-threshold-exceeded');
    lab.run({ type: 'sync.setDeletionThreshold', enabled: false });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(syncedUsers(lab.tenant)).toHaveLength(before - 12);
  });

  it('never deletes on-premises OUs protected from accidental deletion', () => {
    const lab = hybridLab();
    lab.expectRejected({ type: 'onPremises.deleteObject', objectId: ouId(lab, 'Branch') }, 'DirectoryConstraintViolation', /protected from accidental deletion/);
  });
});

describe('staging mode and sign-in', () => {
  it('staging mode imports but never exports', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'custom', stagingMode: true });
    expect(syncedUsers(lab.tenant)).toHaveLength(0);
    expect(lab.tenant.sync.runs.at(-1)!.status).toBe('staging-no-export');
    lab.run({ type: 'sync.configure', installType: 'custom', stagingMode: false });
    expect(syncedUsers(lab.tenant)).toHaveLength(6);
  });

  it('password hash sync carries the on-premises password and each later change of it', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    expect(syncedUser(lab.tenant, 'lena')!.passwordProfile.password).toBe(onPremUser(lab, 'lena').password);
    lab.run({ type: 'onPremises.resetPassword', userId: onPremUser(lab, 'lena').id, password: 'N3w.Passw0rd' });
    lab.run({ type: 'sync.startCycle', policyType: 'Delta' });
    expect(syncedUser(lab.tenant, 'lena')!.passwordProfile.password).toBe('N3w.Passw0rd');
  });

  it('federation makes the domain federated; switching to password hash sync makes it managed again', () => {
    const lab = hybridLab();
    lab.run({ type: 'domain.add', name: 'fabrikam.com' });
    lab.expectRejected({ type: 'sync.configure', installType: 'custom', userSignIn: 'federation', federatedDomain: 'fabrikam.com' }, 'SyncConfigurationInvalid', /verified custom domain/);
    lab.expectRejected({ type: 'sync.configure', installType: 'custom', userSignIn: 'federation', federatedDomain: 'contoso.com' }, 'SyncConfigurationInvalid', /default domain/);
    lab.run({ type: 'domain.setDefault', name: 'contoso.onmicrosoft.com' });
    lab.run({ type: 'sync.configure', installType: 'custom', userSignIn: 'federation', federatedDomain: 'contoso.com' });
    const domain = () => toArray(lab.tenant.domains.domains).find((candidate) => candidate.id === 'contoso.com')!;
    expect(domain().authenticationType).toBe('Federated');
    expect(lab.tenant.sync.configuration!.passwordHashSync).toBe(false);
    expect(syncedUser(lab.tenant, 'lena')!.passwordProfile.password).not.toBe(onPremUser(lab, 'lena').password);
    lab.run({ type: 'sync.configure', installType: 'custom', userSignIn: 'passwordHashSync' });
    expect(domain().authenticationType).toBe('Managed');
    lab.run({ type: 'sync.startCycle', policyType: 'Initial' });
    expect(syncedUser(lab.tenant, 'lena')!.passwordProfile.password).toBe(onPremUser(lab, 'lena').password);
  });
});

describe('source of authority', () => {
  it('refuses cloud edits of synced attributes with Graph’s message, but not of licenses or usage location', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'express' });
    const lena = syncedUser(lab.tenant, 'lena')!;
    const message = /on-premises mastered Directory Sync objects/;
    lab.expectRejected({ type: 'user.update', userId: lena.id, changes: { department: 'Finance' } }, 'OnPremisesMastered', message);
    lab.expectRejected({ type: 'user.changeUserPrincipalName', userId: lena.id, userPrincipalName: 'lena.f@contoso.com' }, 'OnPremisesMastered', message);
    lab.expectRejected({ type: 'user.delete', userId: lena.id }, 'OnPremisesMastered', message);
    lab.expectRejected({ type: 'user.setAccountEnabled', userId: lena.id, accountEnabled: false }, 'OnPremisesMastered', message);
    lab.expectRejected({ type: 'user.resetPassword', userId: lena.id, password: 'Cl0ud.Passw0rd', forceChangePasswordNextSignIn: false }, 'OnPremisesMastered', /password writeback/);
    lab.run({ type: 'user.update', userId: lena.id, changes: { usageLocation: 'DE' } });
    expect(syncedUser(lab.tenant, 'lena')!.usageLocation).toBe('DE');
  });

  it('with password writeback a cloud reset lands in AD', () => {
    const lab = hybridLab().run({ type: 'sync.configure', installType: 'custom', passwordWriteback: true });
    const lena = syncedUser(lab.tenant, 'lena')!;
    lab.run({ type: 'user.resetPassword', userId: lena.id, password: 'Cl0ud.Passw0rd', forceChangePasswordNextSignIn: false });
    expect(onPremUser(lab, 'lena').password).toBe('Cl0ud.Passw0rd');
  });
});
