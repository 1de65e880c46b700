/** The client application a signed-in admin works through (Graph Explorer, Graph PowerShell), as Entra's audit log names it. */
export interface ClientApp {
  readonly appId: string;
  readonly displayName: string;
}

/**
 * Who runs a command: a signed-in admin of the tenant, or the service itself (timed processes).
 * An admin working through an app (a delegated Graph call) carries the app, so the audit log can
 * say the change was made through it; the admin centers send no app.
 */
export type Actor =
  | { readonly kind: 'user'; readonly userId: string; readonly app?: ClientApp }
  | { readonly kind: 'system' };

export const SYSTEM_ACTOR: Actor = { kind: 'system' };

export function signedInAs(userId: string): Actor {
  return { kind: 'user', userId };
}

/** The admin, working through a client app (a delegated Graph call). */
export function signedInThrough(userId: string, app: ClientApp): Actor {
  return { kind: 'user', userId, app: { appId: app.appId, displayName: app.displayName } };
}
