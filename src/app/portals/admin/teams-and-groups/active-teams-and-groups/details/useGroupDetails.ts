import { useMemo, useState } from 'react';
import type { Command, TenantError } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { detailsEqual, groupDetailsSelector, groupLinksSelector } from '../../../../../../views/groups';
import { useTenant, useTenantStore } from '../../../../../tenant-context';

export type DetailsTab = 'general' | 'membership' | 'settings';

/** What the last action in a tab came to: the portal's confirmation or the tenant's refusal. */
export type Feedback = { readonly tab: DetailsTab } & ({ readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: TenantError });

/**
 * The behaviour of a group's details pane: the group, its owners and members, and the commands
 * its tabs send, each answered in the tab that sent it.
 */
export function useGroupDetails(groupId: string) {
  const store = useTenantStore();
  const group = useTenant(
    useMemo(() => groupDetailsSelector(groupId), [groupId]),
    detailsEqual,
  );
  const members = useTenant(
    useMemo(() => groupLinksSelector(groupId, 'members'), [groupId]),
    rowsEqual,
  );
  const owners = useTenant(
    useMemo(() => groupLinksSelector(groupId, 'owners'), [groupId]),
    rowsEqual,
  );
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  /** Sends one command; says `success` in the tab when the tenant accepts it. */
  function run(tab: DetailsTab, command: Command, success: string): boolean {
    const result = store.send(command);
    setFeedback(result.ok ? { tab, ok: true, message: success } : { tab, ok: false, error: result.error });
    return result.ok;
  }

  return {
    group,
    members,
    owners,
    feedback,
    clearFeedback: () => setFeedback(null),
    run,
  };
}

export type GroupDetailsState = ReturnType<typeof useGroupDetails>;
