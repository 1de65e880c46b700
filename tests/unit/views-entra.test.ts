import { describe, expect, it } from 'vitest';
import { auditActivityNames, auditLogRows, filterAuditLogs } from '../../src/views/audit-logs';
import { recommendationsOf, selectEntraHome } from '../../src/views/entra-home';
import { filterEntraUsers, selectEntraUserRows } from '../../src/views/entra-users';
import { TestTenant } from '../support/test-tenant';

describe("Entra's All users rows", () => {
  it('matches the start of a name, a word of it, the username or the email, ignoring case, and the filters', () => {
    const lab = new TestTenant().run({ type: 'guest.invite', invitedUserEmailAddress: 'ada@fabrikam.com', invitedUserDisplayName: 'Ada Lovelace' });
    const rows = selectEntraUserRows(lab.tenant);
    const names = (filters: Parameters<typeof filterEntraUsers>[1]) => filterEntraUsers(rows, filters).map((row) => row.displayName);
    expect(names({ search: 'allan' })).toEqual(['Allan Deyoung']);
    expect(names({ search: 'deyoung' })).toEqual(['Allan Deyoung']);
    expect(names({ search: 'ada@fab' })).toEqual(['Ada Lovelace']);
    expect(names({ search: 'llan' })).toEqual([]);
    expect(names({ search: '', userType: 'Guest' })).toEqual(['Ada Lovelace']);
    expect(filterEntraUsers(rows, { search: '', userType: 'Guest' })[0]).toMatchObject({ identities: 'ExternalAzureAD', creationType: 'Invitation' });
    expect(names({ search: '', accountEnabled: false })).toEqual(rows.filter((row) => !row.accountEnabled).map((row) => row.displayName));
    expect(names({ search: '', accountEnabled: false }).length).toBeLessThan(rows.length);
  });
});

describe('Audit logs rows and filters', () => {
  const lab = new TestTenant();
  const lee = lab.userId('LeeG@contoso.com');
  lab.run({ type: 'user.update', userId: lee, changes: { jobTitle: 'Lead' } });
  lab.send({ type: 'user.update', userId: lee, changes: { displayName: '' } });
  lab.run({ type: 'clock.advance', duration: 'P10D' });
  lab.run({ type: 'user.delete', userId: lee });
  const rows = auditLogRows(lab.tenant.auditLog);
  const now = lab.tenant.clock.now;

  it('lists records newest first, with the targets and the initiator as the portal shows them', () => {
    expect(rows[0]).toMatchObject({ activity: 'Delete user', status: 'Success', service: 'Core Directory', targets: 'LeeG@contoso.com', initiatedBy: 'admin@contoso.onmicrosoft.com' });
  });

  it('counts the date range back from the tenant’s clock', () => {
    expect(filterAuditLogs(rows, { dateRange: '7d' }, now).map((row) => row.activity)).toEqual(['Delete user']);
    expect(filterAuditLogs(rows, { dateRange: '1m' }, now).length).toBeGreaterThan(1);
    expect(filterAuditLogs(rows, { dateRange: 'custom', end: '2026-03-05T00:00:00.000Z' }, now).map((row) => row.activity)).not.toContain('Delete user');
  });

  it('filters by status, activity, category, and case-sensitive starts of the initiator and target', () => {
    expect(filterAuditLogs(rows, { dateRange: '1m', status: 'Failure' }, now).every((row) => row.status === 'Failure')).toBe(true);
    expect(filterAuditLogs(rows, { dateRange: '1m', activity: 'Update user' }, now).every((row) => row.activity === 'Update user')).toBe(true);
    expect(filterAuditLogs(rows, { dateRange: '1m', target: 'LeeG' }, now).length).toBeGreaterThan(0);
    expect(filterAuditLogs(rows, { dateRange: '1m', target: 'leeg' }, now)).toEqual([]);
    expect(filterAuditLogs(rows, { dateRange: '1m', initiatedBy: 'nobody' }, now)).toEqual([]);
    expect(filterAuditLogs(rows, { dateRange: '1m', targetId: lee }, now).length).toBe(filterAuditLogs(rows, { dateRange: '1m', target: 'LeeG' }, now).length);
    expect(auditActivityNames('GroupManagement')).toContain('Add member to group');
    expect(auditActivityNames('GroupManagement')).not.toContain('Add user');
  });
});

describe("Entra Home's recommendations", () => {
  it('recommends a second Global Administrator only when there is one, and fewer when there are five or more', () => {
    const home = selectEntraHome(new TestTenant().tenant);
    const status = (count: number) => recommendationsOf({ ...home, globalAdministrators: count }).map((each) => each.status);
    expect(status(1)).toEqual(['Active', 'Completed']);
    expect(status(3)).toEqual(['Completed', 'Completed']);
    expect(status(5)).toEqual(['Completed', 'Active']);
  });
});
