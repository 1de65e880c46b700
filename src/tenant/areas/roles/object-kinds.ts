import { uniqueReference, type ObjectKindDefinition, type ReferenceDefinition } from '../../area';
import { roleTemplateByName } from '../../catalog';
import { getById } from '../../collection';
import { administrativeUnitsNamed } from '../../lookup';
import type { AdministrativeUnit } from '../../model';
import { administrativeUnitScope } from './rules/role-scope';

const administrativeUnit: ObjectKindDefinition<AdministrativeUnit> = {
  description: 'An administrative unit by display name.',
  followable: true,
  find: (tenant, key) => administrativeUnitsNamed(tenant, key),
  locate: (tenant, id) => {
    const entity = getById(tenant.roles.administrativeUnits, id);
    return entity ? { kind: 'administrativeUnit', entity } : undefined;
  },
  describe: (entity) => `the administrative unit ${entity.displayName}`,
  describeKey: (key) => `the administrative unit ${key}`,
};

/** Role management's objects as scenario checks name them. */
export const ROLE_OBJECT_KINDS = { administrativeUnit };

/** What a scenario step may name instead of giving ids: units, their scopes, and built-in roles. */
export const ROLE_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  administrativeUnit: {
    description: 'an administrative unit by display name',
    resolve: (tenant, key) => uniqueReference(administrativeUnitsNamed(tenant, key), 'administrative unit', key),
  },
  administrativeUnitScope: {
    description: 'the directory scope of an administrative unit, by its display name',
    resolve: (tenant, key) => {
      const unit = uniqueReference(administrativeUnitsNamed(tenant, key), 'administrative unit', key);
      return typeof unit === 'string' ? administrativeUnitScope(unit) : unit;
    },
  },
  role: {
    description: 'a built-in role by display name',
    resolve: (_tenant, key) => roleTemplateByName(key)?.id ?? { error: `'${key}' is not the name of a built-in role` },
  },
};
