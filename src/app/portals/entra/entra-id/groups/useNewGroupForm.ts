import { useState } from 'react';
import { useNavigate } from 'react-router';
import { defaultDomain, type CommandOf, type Tenant, type TenantError } from '../../../../../tenant';
import { entraPaths } from '../../paths';
import type { PersonOption } from '../../../../../views/groups';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { aliasFromName } from '../../../shared/groups/alias';
import type { GroupsPageNotice } from './AllGroupsPage';

export type EntraGroupType = 'Security' | 'Microsoft 365';
export type MembershipChoice = 'Assigned' | 'Dynamic User' | 'Dynamic Device';

export interface NewGroupFields {
  readonly groupType: EntraGroupType;
  readonly name: string;
  /** The alias typed by the learner; null while it follows the name. */
  readonly alias: string | null;
  readonly description: string;
  readonly roleAssignable: boolean;
  readonly membershipType: MembershipChoice;
  readonly owners: readonly PersonOption[];
  readonly members: readonly PersonOption[];
  /** The dynamic query saved from the rule editor. */
  readonly rule: string | null;
}

const EMPTY: NewGroupFields = {
  groupType: 'Security',
  name: '',
  alias: null,
  description: '',
  roleAssignable: false,
  membershipType: 'Assigned',
  owners: [],
  members: [],
  rule: null,
};

const selectDefaultDomain = (tenant: Tenant) => defaultDomain(tenant)?.id ?? '';

/**
 * The behaviour of Entra's New group page: its fields and the one `group.create` "Create"
 * sends. Groups made here are security-enabled, Microsoft 365 groups included, as Entra makes them.
 */
export function useNewGroupForm() {
  const store = useTenantStore();
  const navigate = useNavigate();
  const domain = useTenant(selectDefaultDomain);
  const [fields, setFields] = useState<NewGroupFields>(EMPTY);
  const [error, setError] = useState<TenantError | null>(null);
  const microsoft365 = fields.groupType === 'Microsoft 365';
  const dynamic = fields.membershipType === 'Dynamic User';
  const alias = fields.alias ?? aliasFromName(fields.name);

  function command(): CommandOf<'group.create'> {
    return {
      type: 'group.create',
      displayName: fields.name.trim(),
      description: fields.description.trim() || null,
      mailEnabled: microsoft365,
      securityEnabled: true,
      groupTypes: [...(microsoft365 ? (['Unified'] as const) : []), ...(dynamic ? (['DynamicMembership'] as const) : [])],
      ...(microsoft365 ? { mailNickname: alias.trim() } : {}),
      ...(fields.roleAssignable ? { isAssignableToRole: true } : {}),
      ...(fields.owners.length > 0 ? { ownerIds: fields.owners.map((owner) => owner.id) } : {}),
      ...(dynamic ? (fields.rule !== null ? { membershipRule: fields.rule } : {}) : { memberIds: fields.members.map((member) => member.id) }),
    };
  }

  return {
    fields,
    alias,
    domain,
    microsoft365,
    dynamic,
    error,
    canCreate: fields.name.trim() !== '' && (!microsoft365 || alias.trim() !== '') && fields.membershipType !== 'Dynamic Device',
    update(patch: Partial<NewGroupFields>) {
      setFields((current) => {
        const next = { ...current, ...patch };
        // Role-assignable groups have assigned membership only, so the portal locks the choice.
        return next.roleAssignable && next.membershipType !== 'Assigned' ? { ...next, membershipType: 'Assigned' } : next;
      });
    },
    create() {
      const result = store.send(command());
      if (!result.ok) return setError(result.error);
      const notice: GroupsPageNotice = { notice: `Successfully created group ${fields.name.trim()}.` };
      navigate(entraPaths.groups, { state: notice });
    },
  };
}

export type NewGroupFormState = ReturnType<typeof useNewGroupForm>;
