import { freeze } from 'immer';
import { expect } from 'vitest';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  dispatch,
  findUserByUserPrincipalName,
  signedInAs,
  skuByPartNumber,
  type Actor,
  type TenantCommand,
  type DispatchResult,
  type ErrorCode,
  type LogEntry,
  type Tenant,
  type User,
} from '../../src/tenant';

/**
 * A tenant under test with chainable steps and domain assertions, after tldraw's TestEditor.
 * Fixtures are deep-frozen, so any write that bypasses dispatch throws.
 */
export class TestTenant {
  tenant: Tenant;
  readonly fixture: Tenant;
  readonly log: LogEntry[] = [];
  lastResult: DispatchResult | null = null;
  private actor: Actor;

  constructor(fixture: Tenant = createContosoTenant(), signedInUpn = CONTOSO_ADMIN_UPN) {
    this.fixture = freeze(fixture, true);
    this.tenant = this.fixture;
    this.actor = signedInAs(this.userId(signedInUpn));
  }

  userId(userPrincipalName: string): string {
    const user = findUserByUserPrincipalName(this.tenant, userPrincipalName);
    if (!user) throw new Error(`No user ${userPrincipalName}`);
    return user.id;
  }

  signInAs(userPrincipalName: string): this {
    this.actor = signedInAs(this.userId(userPrincipalName));
    return this;
  }

  asActor(actor: Actor): this {
    this.actor = actor;
    return this;
  }

  /** Sends a command and expects it to be accepted. */
  run(command: TenantCommand): this {
    const result = this.send(command);
    if (!result.ok) throw new Error(`${command.type} was rejected: ${result.error.code} ${result.error.message}`);
    return this;
  }

  /** Sends a command whatever its outcome, and logs it as the tenant actor would. */
  send(command: TenantCommand): DispatchResult {
    const result = dispatch(this.tenant, command, this.actor);
    this.log.push({ command, actor: this.actor });
    this.lastResult = result;
    if (result.ok) this.tenant = freeze(result.tenant, true);
    return result;
  }

  /** Sends a command that must be rejected with `code`, and proves the tenant did not change. */
  expectRejected(command: TenantCommand, code: ErrorCode, message?: string | RegExp): this {
    const before = this.tenant;
    const serialized = JSON.stringify(before);
    const result = this.send(command);
    expect(result.ok, `${command.type} should have been rejected with ${code}`).toBe(false);
    if (result.ok) return this;
    expect(result.error.code).toBe(code);
    if (message !== undefined) expect(result.error.message).toMatch(message);
    expect(this.tenant).toBe(before);
    expect(JSON.stringify(this.tenant)).toBe(serialized);
    return this;
  }

  expectUser(userPrincipalName: string) {
    const user = findUserByUserPrincipalName(this.tenant, userPrincipalName);
    return {
      toExist: () => expect(user, `${userPrincipalName} should exist`).toBeDefined(),
      notToExist: () => expect(user, `${userPrincipalName} should not exist`).toBeUndefined(),
      toHave: (properties: Partial<User>) => expect(user).toMatchObject(properties),
      toHaveLicense: (skuPartNumber: string) => {
        const sku = skuByPartNumber(skuPartNumber);
        expect(user?.assignedLicenses.map((license) => license.skuId)).toContain(sku?.skuId);
      },
    };
  }
}
