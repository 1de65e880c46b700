import type { Draft } from 'immer';
import { entities, getById } from '../../../collection';
import type { Tenant } from '../../../model';

/** Password writeback: a cloud reset of a synced user's password is written to the AD account. */
export function writeBackPassword(draft: Draft<Tenant>, cloudId: string, password: string, now: string): void {
  if (!draft.sync.configuration?.passwordWriteback) return;
  for (const link of entities(draft.sync.connectorSpace)) {
    if (link.cloudId !== cloudId) continue;
    const user = getById(draft.onPremises.users, link.id);
    if (user) {
      user.password = password;
      user.pwdLastSet = now;
    }
    return;
  }
}
