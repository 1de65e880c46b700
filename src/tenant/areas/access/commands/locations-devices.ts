import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound, type TenantError } from '../../../errors';
import type { TargetResource, Tenant } from '../../../model';
import { ACCESS_ACTIVITIES } from '../activities';
import { ACCESS_ERRORS } from '../errors';
import type { Device } from '../model/device';
import type { NamedLocation } from '../model/named-location';
import { MIN_PREFIX, parseCidr, prefixOf } from '../rules/ip';
import { policiesUsingLocation } from './conditional-access';

/** Conditional Access > Named locations > + IP ranges location / + Countries location, or editing one. */
export interface SaveNamedLocation {
  readonly type: 'namedLocation.save';
  /** Absent to create a location. */
  readonly locationId?: string;
  readonly location:
    | { readonly kind: 'ip'; readonly displayName: string; readonly ipRanges: readonly string[]; readonly isTrusted: boolean }
    | { readonly kind: 'country'; readonly displayName: string; readonly countriesAndRegions: readonly string[]; readonly includeUnknownCountriesAndRegions: boolean };
}

export interface DeleteNamedLocation {
  readonly type: 'namedLocation.delete';
  readonly locationId: string;
}

/** A device joins or registers (Entra ID > Devices; the sandbox's stand-in for the device doing it). */
export interface RegisterDevice {
  readonly type: 'device.register';
  readonly displayName: string;
  readonly operatingSystem: Device['operatingSystem'];
  readonly operatingSystemVersion: string;
  readonly trustType: Device['trustType'];
  readonly registeredOwnerId: string | null;
  readonly isCompliant?: boolean;
}

/** Intune reports a device compliant or not; Entra ID > Devices > Enable/Disable. */
export interface UpdateDevice {
  readonly type: 'device.update';
  readonly deviceId: string;
  readonly isCompliant?: boolean;
  readonly accountEnabled?: boolean;
}

export interface DeleteDevice {
  readonly type: 'device.delete';
  readonly deviceId: string;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

function locationError(tenant: Tenant, command: SaveNamedLocation): TenantError | undefined {
  const { location } = command;
  if (command.locationId !== undefined) {
    const existing = getById(tenant.access.namedLocations, command.locationId);
    if (!existing) return notFound('namedLocation', command.locationId);
    if (existing.kind !== location.kind) return ACCESS_ERRORS.locationKindFixed();
  }
  if (!location.displayName.trim()) return ACCESS_ERRORS.nameRequired();
  if (location.kind === 'ip') {
    if (location.ipRanges.length === 0) return ACCESS_ERRORS.noIpRanges();
    const bad = location.ipRanges.find((range) => parseCidr(range) === undefined);
    if (bad !== undefined) return ACCESS_ERRORS.invalidIpRange(bad);
    const wide = location.ipRanges.find((range) => prefixOf(range) < MIN_PREFIX);
    if (wide !== undefined) return ACCESS_ERRORS.ipRangeTooLarge(wide, MIN_PREFIX);
    return undefined;
  }
  if (location.countriesAndRegions.length === 0 && !location.includeUnknownCountriesAndRegions) return ACCESS_ERRORS.noCountries();
  const bad = location.countriesAndRegions.find((code) => !COUNTRY_CODE.test(code));
  if (bad !== undefined) return ACCESS_ERRORS.invalidCountryCode(bad);
  return undefined;
}

function locationTarget(location: NamedLocation): TargetResource {
  return { id: location.id, displayName: location.displayName, type: 'Policy', modifiedProperties: [] };
}

function deviceTarget(device: Device, modifiedProperties: TargetResource['modifiedProperties'] = []): TargetResource {
  return { id: device.id, displayName: device.displayName, type: 'Device', modifiedProperties };
}

export const locationAndDeviceCommands = {
  'namedLocation.save': defineCommand<SaveNamedLocation>({
    permission: (command) => ({ action: command.locationId === undefined ? 'microsoft.directory/namedLocations/create' : 'microsoft.directory/namedLocations/basic/update' }),
    activity: (command) => ACCESS_ACTIVITIES[command.locationId === undefined ? 'Add named location' : 'Update named location'],
    validate: locationError,
    apply(draft, command, context) {
      const existing = command.locationId === undefined ? undefined : getById(draft.access.namedLocations, command.locationId);
      const id = existing?.id ?? context.newId();
      const stamps = { id, createdDateTime: existing?.createdDateTime ?? context.now, modifiedDateTime: context.now };
      const { location } = command;
      const saved: NamedLocation =
        location.kind === 'ip'
          ? { ...stamps, kind: 'ip', displayName: location.displayName.trim(), ipRanges: location.ipRanges.map((range) => range.trim()), isTrusted: location.isTrusted }
          : { ...stamps, kind: 'country', displayName: location.displayName.trim(), countriesAndRegions: [...location.countriesAndRegions], includeUnknownCountriesAndRegions: location.includeUnknownCountriesAndRegions };
      putEntity(draft.access.namedLocations, saved);
      return [locationTarget(saved)];
    },
  }),

  'namedLocation.delete': defineCommand<DeleteNamedLocation>({
    permission: 'microsoft.directory/namedLocations/delete',
    activity: ACCESS_ACTIVITIES['Delete named location'],
    validate(tenant, command) {
      const location = getById(tenant.access.namedLocations, command.locationId);
      if (!location) return notFound('namedLocation', command.locationId);
      const users = policiesUsingLocation(tenant, location.id);
      if (users.length > 0) {
        return ACCESS_ERRORS.namedLocationInUse(location.displayName, users.map((policy) => policy.displayName));
      }
      return undefined;
    },
    apply(draft, command) {
      const location = getById(draft.access.namedLocations, command.locationId)!;
      removeEntity(draft.access.namedLocations, location.id);
      return [locationTarget(location)];
    },
  }),

  'device.register': defineCommand<RegisterDevice>({
    permission: 'microsoft.directory/devices/create',
    activity: ACCESS_ACTIVITIES['Add device'],
    validate(tenant, command) {
      if (!command.displayName.trim()) return ACCESS_ERRORS.deviceNameRequired();
      if (!['Windows', 'macOS', 'iOS', 'Android', 'Linux'].includes(command.operatingSystem)) return ACCESS_ERRORS.unknownOperatingSystem(command.operatingSystem);
      if (!['Workplace', 'AzureAd', 'ServerAd'].includes(command.trustType)) return ACCESS_ERRORS.unknownTrustType(command.trustType);
      if (command.registeredOwnerId !== null && !getById(tenant.directory.users, command.registeredOwnerId)) return notFound('user', command.registeredOwnerId);
      return undefined;
    },
    apply(draft, command, context) {
      const device: Device = {
        id: context.newId(),
        displayName: command.displayName.trim(),
        operatingSystem: command.operatingSystem,
        operatingSystemVersion: command.operatingSystemVersion,
        trustType: command.trustType,
        isCompliant: command.isCompliant ?? false,
        // Joined and hybrid joined devices are managed by the organization; registered personal devices only once enrolled.
        isManaged: command.trustType !== 'Workplace' || command.isCompliant === true,
        accountEnabled: true,
        registeredOwnerId: command.registeredOwnerId,
        registrationDateTime: context.now,
        approximateLastSignInDateTime: null,
      };
      putEntity(draft.access.devices, device);
      return [deviceTarget(device)];
    },
  }),

  'device.update': defineCommand<UpdateDevice>({
    permission: 'microsoft.directory/devices/basic/update',
    activity: ACCESS_ACTIVITIES['Update device'],
    validate: (tenant, command) => (getById(tenant.access.devices, command.deviceId) ? undefined : notFound('device', command.deviceId)),
    apply(draft, command) {
      const device = getById(draft.access.devices, command.deviceId)!;
      const changes: { displayName: string; oldValue: string; newValue: string }[] = [];
      const updated = { ...device };
      if (command.isCompliant !== undefined && command.isCompliant !== device.isCompliant) {
        changes.push({ displayName: 'IsCompliant', oldValue: String(device.isCompliant), newValue: String(command.isCompliant) });
        updated.isCompliant = command.isCompliant;
        if (command.isCompliant) updated.isManaged = true;
      }
      if (command.accountEnabled !== undefined && command.accountEnabled !== device.accountEnabled) {
        changes.push({ displayName: 'AccountEnabled', oldValue: String(device.accountEnabled), newValue: String(command.accountEnabled) });
        updated.accountEnabled = command.accountEnabled;
      }
      putEntity(draft.access.devices, updated);
      return [deviceTarget(updated, changes)];
    },
  }),

  'device.delete': defineCommand<DeleteDevice>({
    permission: 'microsoft.directory/devices/delete',
    activity: ACCESS_ACTIVITIES['Delete device'],
    validate: (tenant, command) => (getById(tenant.access.devices, command.deviceId) ? undefined : notFound('device', command.deviceId)),
    apply(draft, command) {
      const device = getById(draft.access.devices, command.deviceId)!;
      removeEntity(draft.access.devices, device.id);
      return [deviceTarget(device)];
    },
  }),
};
