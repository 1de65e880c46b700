import type { Command, DispatchResult, Tenant } from '../tenant';

/**
 * What the Graph emulation and the console agree on. The console's Graph PowerShell cmdlets are
 * Graph requests, as in the real SDK, so the two surfaces cannot disagree.
 */

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest {
  readonly method: GraphMethod;
  /** Absolute (https://graph.microsoft.com/v1.0/users?$top=5) or relative to the host (/v1.0/users). */
  readonly url: string;
  /** Header names compare without case, as in HTTP. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The parsed JSON body, or undefined. */
  readonly body?: unknown;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or undefined for 204 No Content. */
  readonly body: unknown;
}

/** The client application a call comes through, as Entra's audit log names it. */
export interface GraphClientApp {
  readonly appId: string;
  readonly displayName: string;
}

/** Who calls, with which delegated permissions (the scopes consented to at sign-in), and through which app. */
export interface GraphCaller {
  readonly scopes: readonly string[];
  readonly app: GraphClientApp;
}

/**
 * What a surface needs from whoever owns the tenant (the tenant actor behind an attempt or the
 * sandbox): the state to read, the signed-in admin, and the one command path to write through.
 */
export interface TenantPort {
  getTenant(): Tenant;
  getSignedInUserId(): string;
  /** Sends one command as the signed-in admin, through the given client app, and returns the tenant's answer. */
  send(command: Command, app?: GraphClientApp): DispatchResult;
}
