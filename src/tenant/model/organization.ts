/** Graph's organization: the tenant's profile. */
export interface Organization {
  readonly id: string;
  readonly displayName: string;
  /** Two-letter country code fixed at sign-up; group-based licensing falls back to it. */
  readonly countryLetterCode: string;
  readonly preferredLanguage: string;
  readonly street: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly postalCode: string | null;
  readonly technicalNotificationMails: readonly string[];
  readonly createdDateTime: string;
}
