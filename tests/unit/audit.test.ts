import { describe, expect, it } from 'vitest';
import { AUDIT_CHUNK_SIZE, auditRecords, guidFor } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

describe('audit records written by a command', () => {
  it('advance the id generator by one per record for a command that mints no id itself, and leave the state they started from as it was', () => {
    const lab = new TestTenant();
    const before = lab.tenant;
    const beforeJson = JSON.stringify(before);
    const result = lab.send({ type: 'user.update', userId: lab.userId('AdeleV@contoso.com'), changes: { jobTitle: 'Buyer' } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.tenant.ids).toEqual({ seed: before.ids.seed, counter: before.ids.counter + 1 });
    expect(result.audit.map((record) => record.id)).toEqual([guidFor(before.ids.seed, before.ids.counter)]);
    expect(JSON.stringify(before)).toBe(beforeJson);
  });

  it('fill the last chunk and start new ones in order, each frozen through and with the next ids', () => {
    const lab = new TestTenant();
    for (let i = 0; i < AUDIT_CHUNK_SIZE - 3; i++) {
      lab.run({ type: 'user.update', userId: lab.userId('AdeleV@contoso.com'), changes: { jobTitle: `Title ${i}` } });
    }
    const before = lab.tenant;
    const beforeJson = JSON.stringify(before);
    const counter = before.ids.counter;
    const users = Array.from({ length: AUDIT_CHUNK_SIZE + 10 }, (_, i) => ({ userPrincipalName: `bulk${i}@contoso.com`, displayName: `Bulk ${i}` }));
    const result = lab.send({ type: 'user.bulkCreate', users, usageLocation: 'US' });
    if (!result.ok) throw new Error(result.error.message);

    expect(result.tenant.auditLog.chunks.map((chunk) => chunk.length)).toEqual([AUDIT_CHUNK_SIZE, AUDIT_CHUNK_SIZE, 10 - 3]);
    expect(result.tenant.auditLog.size).toBe(AUDIT_CHUNK_SIZE - 3 + users.length);
    expect([...auditRecords(result.tenant)].slice(AUDIT_CHUNK_SIZE - 3)).toEqual(result.audit);
    expect(result.audit.map((record) => record.targetResources[0]!.userPrincipalName)).toEqual(users.map((user) => user.userPrincipalName));
    // Ids minted while the command applied come first, then one id per record, in the records' order.
    const { seed, counter: next } = result.tenant.ids;
    expect(next - users.length).toBeGreaterThanOrEqual(counter + users.length);
    expect(result.audit.map((record) => record.id)).toEqual(users.map((_, i) => guidFor(seed, next - users.length + i)));
    // The log is built anew from the one the command started from, never written in place.
    expect(JSON.stringify(before)).toBe(beforeJson);
    for (const record of result.audit) {
      expect(Object.isFrozen(record) && Object.isFrozen(record.targetResources) && Object.isFrozen(record.targetResources[0])).toBe(true);
      expect(Object.isFrozen(record.initiatedBy.user)).toBe(true);
    }
  });
});
