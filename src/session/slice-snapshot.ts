import type { Tenant } from '../tenant';
import type { TenantStore } from './tenant-store';

/*
 * Apart from the tenant store: the pages' hook reads slices through this, and keeping it free of
 * the tenant actor keeps XState and the core out of the page's first download.
 */

/**
 * A memoised snapshot of one slice: the selector runs again only when the tenant changes, and an
 * equal result keeps the previous value, so a page re-renders only when its slice changes.
 */
export function sliceSnapshot<T>(store: TenantStore, selector: (tenant: Tenant) => T, isEqual: (a: T, b: T) => boolean = Object.is): () => T {
  let last: { tenant: Tenant; value: T } | undefined;
  return () => {
    const tenant = store.getTenant();
    if (last?.tenant === tenant) return last.value;
    const value = selector(tenant);
    last = { tenant, value: last && isEqual(last.value, value) ? last.value : value };
    return last.value;
  };
}
