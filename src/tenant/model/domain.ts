/** Graph's domain. Its id is the domain name. */
export interface Domain {
  readonly id: string;
  readonly authenticationType: 'Managed' | 'Federated';
  readonly isDefault: boolean;
  readonly isInitial: boolean;
  readonly isRoot: boolean;
  readonly isVerified: boolean;
  readonly supportedServices: readonly string[];
  readonly passwordValidityPeriodInDays: number | null;
  readonly passwordNotificationWindowInDays: number | null;
}
