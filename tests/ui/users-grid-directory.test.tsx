import { describe, expect, it } from 'vitest';
import { createDirectory, type DirectoryRow } from '../../src/app/portals/admin/users/active-users/grid/directory';
import { matchingRows, sortRows } from '../../src/app/portals/admin/users/active-users/grid/user-columns';
import { selectAdminHolders, viewById } from '../../src/app/portals/admin/users/active-users/grid/views';
import { createContosoTenant, entities, skuByPartNumber, type Tenant } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

const names = (rows: readonly DirectoryRow[]) => rows.map((row) => row.displayName);

/** What a directory seeing this tenant for the first time makes of it: a full build and sort. */
const fresh = (tenant: Tenant) => createDirectory().rows(tenant.directory.users);

const groupId = (tenant: Tenant, name: string) => [...entities(tenant.directory.groups)].find((group) => group.displayName === name)!.id;

describe("Active users' rows", () => {
  it('follow adds, renames and deletes from one version of the users to the next, as a full rebuild would', () => {
    const lab = new TestTenant();
    const directory = createDirectory();
    expect(names(directory.rows(lab.tenant.directory.users))).toEqual(names(fresh(lab.tenant)));

    lab.run({ type: 'user.create', userPrincipalName: 'aaron@contoso.com', displayName: 'Aaron Émile', usageLocation: 'US' });
    lab.run({ type: 'user.update', userId: lab.userId('MeganB@contoso.com'), changes: { displayName: 'Zelda Bowen' } });
    lab.run({ type: 'user.delete', userId: lab.userId('AlexW@contoso.com') });
    lab.run({ type: 'user.create', userPrincipalName: 'emile@contoso.com', displayName: 'emile Zola', usageLocation: 'FR' });
    const rows = directory.rows(lab.tenant.directory.users);
    expect(names(rows)).toEqual(names(fresh(lab.tenant)));
    expect(names(rows).slice(0, 3)).toEqual(['Aaron Émile', 'Adele Vance', 'Allan Deyoung']);
    expect(names(rows).at(-1)).toBe('Zelda Bowen');
    expect(names(rows)).not.toContain('Alex Wilber');
    // Names sort without regard to case or accents: "emile Zola" among the E's, before "Emily Braun".
    expect(names(rows).indexOf('Emily Braun')).toBe(names(rows).indexOf('emile Zola') + 1);
  });

  it('stay the same array while the users do not change, so the page does not filter again', () => {
    const lab = new TestTenant();
    const directory = createDirectory();
    const before = directory.rows(lab.tenant.directory.users);
    lab.run({ type: 'group.create', displayName: 'Project X', mailEnabled: false, securityEnabled: true });
    expect(directory.rows(lab.tenant.directory.users)).toBe(before);
  });

  it('keep rows that tie in name order, either way round', () => {
    const rows = fresh(createContosoTenant());
    const byLicenses = sortRows(rows, { column: 'licenses', direction: 'descending' });
    const unlicensed = names(byLicenses).slice(0, 5);
    expect(unlicensed).toEqual(['Brian Johnson', 'Cameron White', 'Christie Cline', 'Debra Berger', 'Irvin Sayers']);
    expect(sortRows(rows, { column: 'displayName', direction: 'ascending' })).toBe(rows);
  });

  it('are returned as they are when there is neither a search nor a view', () => {
    const rows = fresh(createContosoTenant());
    expect(matchingRows(rows, '  ')).toBe(rows);
    expect(names(matchingRows(rows, 'PATTI'))).toEqual(['Patti Fernandez']);
  });

  it('show the users whose group licenses failed under "Users with errors"', () => {
    const lab = new TestTenant();
    const e5 = skuByPartNumber('SPE_E5')!.skuId;
    const field = ['ChristieC@contoso.com', 'IrvinS@contoso.com', 'DebraB@contoso.com', 'BrianJ@contoso.com'];
    lab.run({ type: 'group.create', displayName: 'Field', mailEnabled: false, securityEnabled: true, memberIds: field.map((upn) => lab.userId(upn)) });
    // Four members and two Microsoft 365 E5 licenses left: two members are in CountViolation.
    lab.run({ type: 'group.assignLicense', groupId: groupId(lab.tenant, 'Field'), addLicenses: [{ skuId: e5, disabledPlans: [] }], removeLicenses: [] });
    const errors = viewById('errors');
    const admins = selectAdminHolders(lab.tenant);
    const inError = fresh(lab.tenant).filter((row) => errors.matches(row, admins));
    expect(inError).toHaveLength(2);
    for (const row of inError) expect(field).toContain(row.userPrincipalName);
  });
});
