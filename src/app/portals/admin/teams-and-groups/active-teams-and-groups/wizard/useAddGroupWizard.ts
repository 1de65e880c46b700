import { useState } from 'react';
import type { CommandOf, GroupKind, TenantError } from '../../../../../../tenant';
import { selectMailDomains, stringsEqual, type PersonOption } from '../../../../../../views/groups';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { aliasFromName } from '../../../../shared/groups/alias';
import { WIZARD_KINDS, type WizardStep } from './wizard-kinds';

export interface WizardFields {
  readonly name: string;
  readonly description: string;
  readonly owners: readonly PersonOption[];
  readonly members: readonly PersonOption[];
  /** The alias typed by the learner; null while it follows the group's name. */
  readonly alias: string | null;
  /** The domain chosen; null for the tenant's default. */
  readonly domain: string | null;
  readonly privacy: 'Public' | 'Private';
  /** "Create a team for this group": recorded in the wizard only, Teams isn't simulated. */
  readonly createTeam: boolean;
  readonly allowExternalSenders: boolean;
  readonly roleAssignable: boolean;
}

const EMPTY: WizardFields = {
  name: '',
  description: '',
  owners: [],
  members: [],
  alias: null,
  domain: null,
  privacy: 'Public',
  createTeam: false,
  allowExternalSenders: false,
  roleAssignable: false,
};

export type WizardView = WizardStep | 'done';

/**
 * The behaviour of the "Add a group" wizard: its fields, which step shows, whether Next may be
 * pressed, and the one `group.create` command "Create group" sends.
 */
export function useAddGroupWizard(kind: GroupKind) {
  const store = useTenantStore();
  const domains = useTenant(selectMailDomains, stringsEqual);
  const [fields, setFields] = useState<WizardFields>(EMPTY);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<TenantError | null>(null);
  const [created, setCreated] = useState(false);
  const { steps, flags } = WIZARD_KINDS[kind];
  const view: WizardView = created ? 'done' : steps[index]!;
  const alias = fields.alias ?? aliasFromName(fields.name);
  const domain = fields.domain ?? domains[0] ?? '';

  const canAdvance = view === 'basics' ? fields.name.trim() !== '' : view === 'settings' && flags.mailEnabled ? alias.trim() !== '' : true;

  function command(): CommandOf<'group.create'> {
    const base = {
      type: 'group.create' as const,
      displayName: fields.name.trim(),
      description: fields.description.trim() || null,
      mailEnabled: flags.mailEnabled,
      securityEnabled: flags.securityEnabled,
      groupTypes: flags.groupTypes,
    };
    if (!flags.mailEnabled) return { ...base, ...(fields.roleAssignable ? { isAssignableToRole: true } : {}) };
    return {
      ...base,
      mailNickname: alias.trim(),
      mailDomain: domain,
      // No owner chosen: the admin who creates the group owns it, as Graph does.
      ...(fields.owners.length > 0 ? { ownerIds: fields.owners.map((owner) => owner.id) } : {}),
      memberIds: fields.members.map((member) => member.id),
      ...(kind === 'microsoft365' ? { visibility: fields.privacy } : { allowExternalSenders: fields.allowExternalSenders }),
    };
  }

  return {
    kind,
    steps,
    view,
    index,
    fields,
    alias,
    domain,
    domains,
    address: `${alias}@${domain}`,
    error,
    canAdvance,
    update(patch: Partial<WizardFields>) {
      setFields((current) => ({ ...current, ...patch }));
    },
    next() {
      if (canAdvance) setIndex((current) => Math.min(current + 1, steps.length - 1));
    },
    back() {
      setError(null);
      setIndex((current) => Math.max(current - 1, 0));
    },
    /** The review page's "Edit" links. */
    goTo(step: WizardStep) {
      setError(null);
      setIndex(steps.indexOf(step));
    },
    create() {
      const result = store.send(command());
      if (result.ok) setCreated(true);
      else setError(result.error);
    },
  };
}

export type AddGroupWizardState = ReturnType<typeof useAddGroupWizard>;
