import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Tenant } from '../tenant';
import { sliceSnapshot } from '../session/slice-snapshot';
import type { TenantStore } from '../session/tenant-store';

const TenantStoreContext = createContext<TenantStore | null>(null);

export function TenantProvider({ store, children }: { store: TenantStore; children: ReactNode }) {
  return <TenantStoreContext.Provider value={store}>{children}</TenantStoreContext.Provider>;
}

export function useTenantStore(): TenantStore {
  const store = useContext(TenantStoreContext);
  if (!store) throw new Error('useTenantStore must be used inside <TenantProvider>.');
  return store;
}

/**
 * Reads one slice of the tenant. Pass a selector defined outside the component (or memoised),
 * so its identity is stable; `isEqual` lets a selector that builds objects avoid re-renders.
 */
export function useTenant<T>(selector: (tenant: Tenant) => T, isEqual?: (a: T, b: T) => boolean): T {
  const store = useTenantStore();
  const getSnapshot = useMemo(() => sliceSnapshot(store, selector, isEqual), [store, selector, isEqual]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/** The id of the admin the learner is signed in as. */
export function useSignedInUserId(): string {
  const store = useTenantStore();
  return useSyncExternalStore(store.subscribe, store.getSignedInUserId, store.getSignedInUserId);
}
