/** Entra ID > Domain names, and a domain's page below it (the portal's `#view/.../DomainDetailBlade`). */
export const ENTRA_DOMAINS_PATH = '/entra/domains';

export function entraDomainPath(name: string): string {
  return `${ENTRA_DOMAINS_PATH}/${encodeURIComponent(name)}`;
}
