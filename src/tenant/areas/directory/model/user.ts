import type * as Graph from '@microsoft/microsoft-graph-types';

/** Graph's assignedLicense: a product on a user, with the service plans turned off. */
export interface AssignedLicense {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
}

export type LicenseAssignmentState = 'Active' | 'ActiveWithError' | 'Disabled' | 'Error';

export type LicenseAssignmentError =
  | 'None'
  | 'CountViolation'
  | 'MutuallyExclusiveViolation'
  | 'DependencyViolation'
  | 'ProhibitedInUsageLocationViolation'
  | 'UniquenessViolation'
  | 'Other';

/** Graph's licenseAssignmentState: where a license came from (direct or a group) and how it went. */
export interface LicenseAssignmentStateRecord {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
  /** null for a direct assignment, else the id of the group it is inherited from. */
  readonly assignedByGroup: string | null;
  readonly state: LicenseAssignmentState;
  readonly error: LicenseAssignmentError;
  readonly lastUpdatedDateTime: string;
}

export interface PasswordProfile {
  readonly forceChangePasswordNextSignIn: boolean;
  /**
   * The sandbox keeps the password so the learner can be shown it once, as the admin center does
   * after a reset; it is a practice tenant, not a credential store.
   */
  readonly password: string;
}

/** Graph's onPremisesProvisioningError: a value duplicate attribute resiliency kept out of the cloud. */
export interface OnPremisesProvisioningError {
  readonly category: 'PropertyConflict';
  readonly propertyCausingError: 'UserPrincipalName' | 'ProxyAddresses';
  readonly value: string;
  readonly occurredDateTime: string;
}

type GraphUserProfile = Pick<
  Graph.User,
  | 'givenName'
  | 'surname'
  | 'jobTitle'
  | 'department'
  | 'companyName'
  | 'officeLocation'
  | 'streetAddress'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'country'
  | 'mobilePhone'
  | 'faxNumber'
  | 'employeeId'
  | 'preferredLanguage'
>;

/** A user as Graph shapes it, with the properties the sandbox always holds made required. */
export interface User extends GraphUserProfile {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mailNickname: string;
  readonly mail: string | null;
  readonly accountEnabled: boolean;
  readonly userType: 'Member' | 'Guest';
  readonly createdDateTime: string;
  /** Two-letter ISO 3166 country code, or null when none is set (then no license can be assigned). */
  readonly usageLocation: string | null;
  readonly businessPhones: readonly string[];
  readonly otherMails: readonly string[];
  readonly proxyAddresses: readonly string[];
  readonly assignedLicenses: readonly AssignedLicense[];
  readonly licenseAssignmentStates: readonly LicenseAssignmentStateRecord[];
  readonly passwordProfile: PasswordProfile;
  readonly lastPasswordChangeDateTime: string;
  readonly signInSessionsValidFromDateTime: string;
  /** The id of the user's manager, or null. */
  readonly managerId: string | null;
  /** Set when the user is in Deleted users. */
  readonly deletedDateTime: string | null;
  readonly onPremisesSyncEnabled: boolean | null;
  /** Set by Entra Connect on synced users (Graph's names); absent on cloud-only users. */
  readonly onPremisesImmutableId?: string;
  readonly onPremisesLastSyncDateTime?: string;
  readonly onPremisesSamAccountName?: string;
  readonly onPremisesUserPrincipalName?: string;
  readonly onPremisesDomainName?: string;
  readonly onPremisesDistinguishedName?: string;
  readonly onPremisesProvisioningErrors?: readonly OnPremisesProvisioningError[];
  readonly externalUserState?: 'PendingAcceptance' | 'Accepted';
  readonly creationType?: 'Invitation' | null;
}
