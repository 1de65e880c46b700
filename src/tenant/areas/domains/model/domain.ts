/** The Microsoft 365 services a domain can be set up for (Graph's `supportedServices` values). */
export type DomainService = 'Email' | 'OfficeCommunicationsOnline' | 'Intune';

/** Graph's domain. Its id is the domain name. */
export interface Domain {
  readonly id: string;
  readonly authenticationType: 'Managed' | 'Federated';
  readonly isDefault: boolean;
  readonly isInitial: boolean;
  readonly isRoot: boolean;
  readonly isVerified: boolean;
  readonly supportedServices: readonly DomainService[];
  readonly passwordValidityPeriodInDays: number | null;
  readonly passwordNotificationWindowInDays: number | null;
  /**
   * The token of the domain's verification records (Graph's verificationDnsRecords): `ms` and
   * eight digits, published as the TXT value `MS=ms12345678` or the MX host
   * `ms12345678.msv1.invalid`.
   */
  readonly verificationCode: string;
}
