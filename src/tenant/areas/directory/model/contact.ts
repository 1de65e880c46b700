/**
 * Graph's orgContact: a mail contact, someone outside the organisation who appears in the global
 * address list and can be added to distribution lists, but cannot sign in.
 */
export interface OrgContact {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  /** The contact's external email address. */
  readonly mail: string;
  readonly mailNickname: string;
  /** `SMTP:` marks the primary address; Entra keeps them unique across users, groups and contacts. */
  readonly proxyAddresses: readonly string[];
  readonly companyName: string | null;
  readonly jobTitle: string | null;
  readonly department: string | null;
}
