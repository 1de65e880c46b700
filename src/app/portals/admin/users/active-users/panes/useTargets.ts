import { useCallback } from 'react';
import type { Tenant } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { useTenant } from '../../../../../tenant-context';
import { targetsOf, type Target } from './outcomes';

/** The named users a pane acts on, read through a selector that changes only when they do. */
export function useTargets(userIds: readonly string[]): readonly Target[] {
  const selector = useCallback((tenant: Tenant) => targetsOf(tenant, userIds), [userIds]);
  return useTenant(selector, rowsEqual);
}
