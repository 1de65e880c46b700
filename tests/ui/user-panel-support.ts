import { screen } from '@testing-library/react';
import { createDemoStore } from '../../src/app/demo-store';
import type { TenantStore } from '../../src/session/tenant-store';
import { findUserByUserPrincipalName, getById, type User } from '../../src/tenant';
import { renderApp } from './render-app';

/**
 * Opens a Contoso user's details flyout at its deep link, optionally after preparing the tenant
 * (as its Global Administrator) and signed in as another admin.
 */
export async function openUser(userPrincipalName: string, signedInAs?: string, prepare?: (store: TenantStore) => void) {
  const store = createDemoStore();
  const idOf = (upn: string) => findUserByUserPrincipalName(store.getTenant(), upn)!.id;
  const id = idOf(userPrincipalName);
  prepare?.(store);
  if (signedInAs) store.signInAs(idOf(signedInAs));
  const view = renderApp(`/admin/users/${id}`, store);
  const user = findUserByUserPrincipalName(store.getTenant(), userPrincipalName)!;
  // The first flyout of a run waits for its lazily loaded code.
  const panel = await screen.findByRole('dialog', { name: user.displayName }, { timeout: 20_000 });
  /** The user as the tenant holds them now (undefined once deleted). */
  const current = (): User | undefined => getById(store.getTenant().directory.users, id);
  return { ...view, id, panel, current, idOf };
}
