import { getById, toArray } from '../../../collection';
import type { Tenant } from '../../../model';
import type { OnPremisesSlice } from '../model/slice';
import type { Container } from '../model/objects';

/** `DC=contoso,DC=local` for `contoso.local`. */
export function domainComponents(domainName: string): string {
  return domainName
    .split('.')
    .map((label) => `DC=${label}`)
    .join(',');
}

function rdnOf(container: Container): string {
  return `${container.objectClass === 'organizationalUnit' ? 'OU' : 'CN'}=${container.name}`;
}

/** The container's distinguished name: `OU=Sales,OU=Contoso,DC=contoso,DC=local`. */
export function containerDn(onPremises: OnPremisesSlice, containerId: string | null): string {
  const parts: string[] = [];
  for (let id = containerId; id; ) {
    const container = getById(onPremises.containers, id);
    if (!container) break;
    parts.push(rdnOf(container));
    id = container.parentId;
  }
  parts.push(domainComponents(onPremises.forest?.id ?? 'local'));
  return parts.join(',');
}

/** An object's distinguished name: `CN=Megan Bowen,OU=Sales,DC=contoso,DC=local`. */
export function objectDn(onPremises: OnPremisesSlice, name: string, parentId: string): string {
  return `CN=${name},${containerDn(onPremises, parentId)}`;
}

/** The canonical name ADUC shows in its tree: `contoso.local/Sales/Europe`. */
export function containerPath(onPremises: OnPremisesSlice, containerId: string | null): string {
  const names: string[] = [];
  for (let id = containerId; id; ) {
    const container = getById(onPremises.containers, id);
    if (!container) break;
    names.unshift(container.name);
    id = container.parentId;
  }
  return [onPremises.forest?.id ?? '', ...names].join('/');
}

/** Whether `containerId` is `ancestorId` or lies beneath it. */
export function isWithin(onPremises: OnPremisesSlice, containerId: string | null, ancestorId: string): boolean {
  for (let id = containerId; id; id = getById(onPremises.containers, id)?.parentId ?? null) if (id === ancestorId) return true;
  return false;
}

/** Containers are few: a scan finds one by distinguished name or canonical path, ignoring case. */
export function containerNamed(tenant: Tenant, key: string): Container | undefined {
  const wanted = key.trim().toLowerCase();
  return toArray(tenant.onPremises.containers).find(
    (container) =>
      containerDn(tenant.onPremises, container.id).toLowerCase() === wanted || containerPath(tenant.onPremises, container.id).toLowerCase() === wanted,
  );
}

/** The ids of every container at or under one of `roots`. */
export function containersUnder(onPremises: OnPremisesSlice, roots: readonly string[]): Set<string> {
  const within = new Set<string>();
  for (const container of toArray(onPremises.containers)) {
    if (roots.some((root) => isWithin(onPremises, container.id, root))) within.add(container.id);
  }
  return within;
}
