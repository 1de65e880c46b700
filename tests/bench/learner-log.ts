import { CONTOSO_ADMIN_UPN, findUserByUserPrincipalName, signedInAs, toArray, type LogEntry, type Tenant } from '../../src/tenant';

/**
 * A learner-like log on the Contoso tenant for the storage figures, in Node and in Chromium:
 * profile edits, a new user in every ten commands, a fast-forward in every fifty.
 */
export function learnerLog(fixture: Tenant, count: number): LogEntry[] {
  const actor = signedInAs(findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN)!.id);
  const userIds = toArray(fixture.directory.users).map((user) => user.id);
  return Array.from({ length: count }, (_, n): LogEntry => {
    if (n % 50 === 49) return { command: { type: 'clock.advance', duration: 'PT1H' }, actor };
    if (n % 10 === 0) return { command: { type: 'user.create', userPrincipalName: `bench${n}@contoso.com`, displayName: `Bench ${n}` }, actor };
    return { command: { type: 'user.update', userId: userIds[(n * 7919) % userIds.length]!, changes: { department: `Dept ${n % 13}` } }, actor };
  });
}
