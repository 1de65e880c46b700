import type { ObjectKindDefinition, ReferenceDefinition } from '../../area';
import { getById, toArray } from '../../collection';
import type { Tenant } from '../../model';
import type { Device } from './model/device';
import type { NamedLocation } from './model/named-location';
import type { ConditionalAccessPolicy } from './model/policy';
import type { PasswordResetPolicy } from './model/settings';
import { cloudAppNamed } from './catalog';
import { uniqueReference } from '../../area';

function named<T extends { readonly displayName: string }>(items: readonly T[], key: string): T[] {
  const lower = key.toLowerCase();
  return items.filter((item) => item.displayName.toLowerCase() === lower);
}

const conditionalAccessPolicy: ObjectKindDefinition<ConditionalAccessPolicy> = {
  description: 'A Conditional Access policy by name, ignoring case.',
  find: (tenant, key) => named(toArray(tenant.access.conditionalAccessPolicies), key),
  locate: (tenant, id) => {
    const entity = getById(tenant.access.conditionalAccessPolicies, id);
    return entity ? { kind: 'conditionalAccessPolicy', entity } : undefined;
  },
  describe: (entity) => `the Conditional Access policy ${entity.displayName}`,
  describeKey: (key) => `the Conditional Access policy ${key}`,
  followable: true,
};

const namedLocation: ObjectKindDefinition<NamedLocation> = {
  description: 'A named location by name, ignoring case.',
  find: (tenant, key) => named(toArray(tenant.access.namedLocations), key),
  locate: (tenant, id) => {
    const entity = getById(tenant.access.namedLocations, id);
    return entity ? { kind: 'namedLocation', entity } : undefined;
  },
  describe: (entity) => `the named location ${entity.displayName}`,
  describeKey: (key) => `the named location ${key}`,
};

const device: ObjectKindDefinition<Device> = {
  description: 'A device by name, ignoring case.',
  find: (tenant, key) => named(toArray(tenant.access.devices), key),
  locate: (tenant, id) => {
    const entity = getById(tenant.access.devices, id);
    return entity ? { kind: 'device', entity } : undefined;
  },
  describe: (entity) => `the device ${entity.displayName}`,
  describeKey: (key) => `the device ${key}`,
};

/** A tenant-wide authentication setting as a check reads it, under the name its blade has. */
export interface AuthenticationSetting extends Partial<PasswordResetPolicy> {
  readonly id: string;
  readonly displayName: string;
  /** Security defaults. */
  readonly isEnabled?: boolean;
  /** Password reset: the selected group's name, and how many methods users may choose from. */
  readonly selectedGroup?: string | null;
  readonly methodCount?: number;
  /** An authentication method: enabled or disabled, and the ids of its include targets. */
  readonly state?: string;
  readonly includeTargets?: readonly string[];
}

const SETTING_NAMES = ['Security defaults', 'Password reset'] as const;

function settingsOf(tenant: Tenant): AuthenticationSetting[] {
  const reset = tenant.access.passwordReset;
  const group = reset.selectedGroupId === null ? undefined : getById(tenant.directory.groups, reset.selectedGroupId);
  const methods = tenant.access.authenticationMethodsPolicy.authenticationMethodConfigurations.map((configuration) => ({
    id: `method:${configuration.id}`,
    displayName: configuration.id,
    state: configuration.state,
    includeTargets: configuration.includeTargets.map((target) => target.id),
  }));
  return [
    { id: 'securityDefaults', displayName: SETTING_NAMES[0], isEnabled: tenant.access.securityDefaultsEnabled },
    // The selected group by name, so a check can say which group without knowing its id.
    { id: 'passwordReset', displayName: SETTING_NAMES[1], ...reset, selectedGroup: group?.displayName ?? null, methodCount: reset.methods.length },
    ...methods,
  ];
}

const authenticationSetting: ObjectKindDefinition<AuthenticationSetting> = {
  description: 'A tenant-wide sign-in setting by its blade\'s name: "Security defaults", "Password reset", or an authentication method id such as MicrosoftAuthenticator.',
  find: (tenant, key) => named(settingsOf(tenant), key),
  locate: (tenant, id) => {
    const entity = settingsOf(tenant).find((setting) => setting.id === id);
    return entity ? { kind: 'authenticationSetting', entity } : undefined;
  },
  describe: (entity) => `the setting ${entity.displayName}`,
  describeKey: (key) => `the setting ${key}`,
};

/** Conditional Access policies, named locations, devices and sign-in settings as scenario checks name them. */
export const ACCESS_OBJECT_KINDS = { conditionalAccessPolicy, namedLocation, device, authenticationSetting };

/** What a scenario step may name instead of giving ids. */
export const ACCESS_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  namedLocation: {
    description: 'a named location by name',
    resolve: (tenant, key) => uniqueReference(named(toArray(tenant.access.namedLocations), key), 'named location', key),
  },
  conditionalAccessPolicy: {
    description: 'a Conditional Access policy by name',
    resolve: (tenant, key) => uniqueReference(named(toArray(tenant.access.conditionalAccessPolicies), key), 'Conditional Access policy', key),
  },
  device: {
    description: 'a device by name',
    resolve: (tenant, key) => uniqueReference(named(toArray(tenant.access.devices), key), 'device', key),
  },
  app: {
    description: 'a cloud app by display name (e.g. Office 365 Exchange Online) or app id',
    resolve: (_tenant, key) => cloudAppNamed(key)?.appId ?? { error: `'${key}' isn't a cloud app the tenant knows` },
  },
};
