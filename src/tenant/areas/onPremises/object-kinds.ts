import { uniqueReference, type ObjectKindDefinition, type ReferenceDefinition } from '../../area';
import { getById, toArray } from '../../collection';
import type { Tenant } from '../../model';
import type { Container, OnPremisesGroup, OnPremisesUser } from './model/objects';
import { containerNamed } from './rules/tree';

/** On-premises users by sAMAccountName, `NETBIOS\sam` or UPN, ignoring case. */
export function onPremisesUsersNamed(tenant: Tenant, key: string): OnPremisesUser[] {
  const wanted = key.trim().toLowerCase().replace(/^[^\\]+\\/, '');
  return toArray(tenant.onPremises.users).filter((user) => user.sAMAccountName.toLowerCase() === wanted || user.userPrincipalName.toLowerCase() === wanted);
}

export function onPremisesGroupsNamed(tenant: Tenant, key: string): OnPremisesGroup[] {
  const wanted = key.trim().toLowerCase();
  return toArray(tenant.onPremises.groups).filter((group) => group.name.toLowerCase() === wanted || group.sAMAccountName.toLowerCase() === wanted);
}

/** An OU by its path under the domain (`Contoso/Sales`), its canonical name or its distinguished name. */
export function organizationalUnitNamed(tenant: Tenant, key: string): Container | undefined {
  const forest = tenant.onPremises.forest;
  if (!forest) return undefined;
  return containerNamed(tenant, key) ?? containerNamed(tenant, `${forest.id}/${key.replace(/^\/+|\/+$/g, '')}`);
}

const onPremisesUser: ObjectKindDefinition<OnPremisesUser> = {
  description: 'An on-premises Active Directory user by sAMAccountName or UPN, ignoring case.',
  find: onPremisesUsersNamed,
  locate: (tenant, id) => {
    const entity = getById(tenant.onPremises.users, id);
    return entity ? { kind: 'onPremisesUser', entity } : undefined;
  },
  describe: (entity) => `the on-premises user ${entity.name} (${entity.userPrincipalName})`,
  describeKey: (key) => `the on-premises user ${key}`,
  followable: true,
};

const organizationalUnit: ObjectKindDefinition<Container> = {
  description: 'An on-premises OU or container by path under the domain (Contoso/Sales) or distinguished name.',
  find: (tenant, key) => {
    const found = organizationalUnitNamed(tenant, key);
    return found ? [found] : [];
  },
  locate: (tenant, id) => {
    const entity = getById(tenant.onPremises.containers, id);
    return entity ? { kind: 'organizationalUnit', entity } : undefined;
  },
  describe: (entity) => `the OU ${entity.name}`,
  describeKey: (key) => `the OU ${key}`,
};

/** On-premises objects as scenario checks name them. */
export const ON_PREMISES_OBJECT_KINDS = { onPremisesUser, organizationalUnit };

/** What a scenario step may name instead of giving objectGUIDs. */
export const ON_PREMISES_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  onPremisesUser: {
    description: 'an on-premises user by sAMAccountName or UPN',
    resolve: (tenant, key) => uniqueReference(onPremisesUsersNamed(tenant, key), 'on-premises user', key),
  },
  onPremisesGroup: {
    description: 'an on-premises group by name',
    resolve: (tenant, key) => uniqueReference(onPremisesGroupsNamed(tenant, key), 'on-premises group', key),
  },
  organizationalUnit: {
    description: 'an on-premises OU by path under the domain (Contoso/Sales)',
    resolve: (tenant, key) => organizationalUnitNamed(tenant, key)?.id ?? { error: `no OU ${key} exists at this step` },
  },
};

