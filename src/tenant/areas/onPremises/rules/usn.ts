import type { Draft } from 'immer';
import type { Tenant } from '../../../model';

/** Stamps the next update sequence number, as a domain controller does on every write. */
export function nextUsn(draft: Draft<Tenant>): number {
  draft.onPremises.highestUsn += 1;
  return draft.onPremises.highestUsn;
}
