/** Who runs a command: a signed-in admin of the tenant, or the service itself (timed processes). */
export type Actor = { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'system' };

export const SYSTEM_ACTOR: Actor = { kind: 'system' };

export function signedInAs(userId: string): Actor {
  return { kind: 'user', userId };
}
