/**
 * Graph's device. `trustType` is how it joined: `Workplace` (Microsoft Entra registered),
 * `AzureAd` (Microsoft Entra joined) or `ServerAd` (Microsoft Entra hybrid joined).
 */
export interface Device {
  readonly id: string;
  readonly displayName: string;
  readonly operatingSystem: 'Windows' | 'macOS' | 'iOS' | 'Android' | 'Linux';
  readonly operatingSystemVersion: string;
  readonly trustType: 'Workplace' | 'AzureAd' | 'ServerAd';
  readonly isCompliant: boolean;
  readonly isManaged: boolean;
  readonly accountEnabled: boolean;
  /** The user the device is registered to, or null for a device with no owner. */
  readonly registeredOwnerId: string | null;
  readonly registrationDateTime: string;
  readonly approximateLastSignInDateTime: string | null;
}
