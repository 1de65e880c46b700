import { entities, type Tenant } from '../tenant';

export interface ContactRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
  readonly companyName: string | null;
}

/** Users > Contacts: the organization's mail contacts, by name. */
export function selectContacts(tenant: Tenant): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const contact of entities(tenant.directory.contacts)) rows.push({ id: contact.id, displayName: contact.displayName, mail: contact.mail, companyName: contact.companyName });
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.mail.localeCompare(b.mail));
}

