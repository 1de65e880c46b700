import { commands, passwordError, type Actor, type Command, type CreateUserInput, type Tenant, type TenantError } from '../../../../../../tenant';
import { fieldOfTarget, profileChanges, type EditableField, type FieldValues } from '../user-fields';

/*
 * New user's form (Create new user and Invite external user): its values, what each becomes in
 * the commands, and the checks behind the tabs. The tenant's own checks (format, verified domain,
 * a name already taken, password rules, property limits) are asked of the command's `validate`,
 * so the message beside a field is the one Create would give.
 */

type InviteGuest = Extract<Command, { readonly type: 'guest.invite' }>;

export type NewUserMode = 'create' | 'invite';
export type NewUserTab = 'basics' | 'properties' | 'assignments' | 'review';

export const NEW_USER_TABS: readonly { readonly id: NewUserTab; readonly label: string }[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'properties', label: 'Properties' },
  { id: 'assignments', label: 'Assignments' },
  { id: 'review', label: 'Review + create' },
];

export interface NewUserForm {
  readonly alias: string;
  readonly domain: string;
  readonly deriveNickname: boolean;
  readonly mailNickname: string;
  readonly displayName: string;
  readonly autoPassword: boolean;
  readonly password: string;
  readonly accountEnabled: boolean;
  /** Invite external user's Basics. */
  readonly email: string;
  readonly sendInvite: boolean;
  readonly message: string;
  readonly profile: FieldValues;
  readonly managerId: string | null;
  readonly groupIds: readonly string[];
  readonly roleIds: readonly string[];
  readonly unitId: string | null;
}

export type NewUserField = 'alias' | 'mailNickname' | 'displayName' | 'password' | 'email' | EditableField;
export type NewUserErrors = Partial<Record<NewUserField, string>>;

/** The portal's words for a required field left empty. */
export const REQUIRED = 'The value must not be empty.';

/** Up to 20 groups and roles, and one administrative unit, as the Assignments tab allows. */
export const MAX_ASSIGNMENTS = 20;

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#$%&*+-=?@';

/** "Auto-generate password": 16 characters with all four kinds, as the portal's generated ones have. */
export function generatePassword(random: (count: number) => Uint32Array = (count) => crypto.getRandomValues(new Uint32Array(count))): string {
  const sets = [LOWER, UPPER, DIGITS, SYMBOLS];
  const all = sets.join('');
  const numbers = random(16);
  return Array.from(numbers, (number, index) => {
    const set = index < sets.length ? sets[index]! : all;
    return set[number % set.length]!;
  }).join('');
}

export function initialForm(domain: string): NewUserForm {
  return {
    alias: '',
    domain,
    deriveNickname: true,
    mailNickname: '',
    displayName: '',
    autoPassword: true,
    password: generatePassword(),
    accountEnabled: true,
    email: '',
    sendInvite: false,
    message: '',
    profile: {},
    managerId: null,
    groupIds: [],
    roleIds: [],
    unitId: null,
  };
}

export function userPrincipalNameOf(form: NewUserForm): string {
  return `${form.alias.trim()}@${form.domain}`;
}

function profileOf(form: NewUserForm): CreateUserInput['profile'] {
  const changes = profileChanges(form.profile);
  const filled = Object.entries(changes).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(filled) as CreateUserInput['profile'];
}

export function createInput(form: NewUserForm): CreateUserInput {
  return {
    userPrincipalName: userPrincipalNameOf(form),
    displayName: form.displayName,
    ...(form.deriveNickname ? {} : { mailNickname: form.mailNickname.trim() }),
    password: form.password,
    accountEnabled: form.accountEnabled,
    profile: profileOf(form),
  };
}

export function inviteCommand(form: NewUserForm): InviteGuest {
  return {
    type: 'guest.invite',
    invitedUserEmailAddress: form.email.trim(),
    ...(form.displayName.trim() ? { invitedUserDisplayName: form.displayName.trim() } : {}),
    sendInvitationMessage: form.sendInvite,
  };
}

/** The profile values to set on an invited guest after the invitation, as user.update's changes. */
export function inviteProfileChanges(form: NewUserForm): CreateUserInput['profile'] {
  return profileOf(form);
}

function fieldOf(error: TenantError, form: NewUserForm, mode: NewUserMode): NewUserField {
  const target = error.target ?? '';
  if (mode === 'invite') return target === 'invitedUserDisplayName' || target === 'displayName' ? 'displayName' : (fieldOfTarget(target) ?? 'email');
  if (target === 'displayName' || target === 'password') return target;
  if (target === 'mailNickname') return form.deriveNickname ? 'alias' : 'mailNickname';
  return fieldOfTarget(target) ?? 'alias';
}

function validateCreate(tenant: Tenant, input: CreateUserInput, actor: Actor): TenantError | undefined {
  return commands['user.create'].validate(tenant, { type: 'user.create', ...input }, { actor, now: tenant.clock.now });
}

function validateInvite(tenant: Tenant, form: NewUserForm, actor: Actor): TenantError | undefined {
  return commands['guest.invite'].validate(tenant, inviteCommand(form), { actor, now: tenant.clock.now });
}

/** Every problem of the form the tabs would show; the permission check is Create's to report. */
export function formErrors(tenant: Tenant, form: NewUserForm, mode: NewUserMode, actor: Actor): NewUserErrors {
  const errors: NewUserErrors = {};
  if (mode === 'invite') {
    if (!form.email.trim()) errors.email = REQUIRED;
    else {
      const error = validateInvite(tenant, form, actor);
      if (error) errors[fieldOf(error, form, mode)] = error.message;
    }
    if (!form.displayName.trim()) errors.displayName ??= REQUIRED;
  } else {
    if (!form.alias.trim()) errors.alias = REQUIRED;
    if (!form.displayName.trim()) errors.displayName = REQUIRED;
    if (!form.deriveNickname && !form.mailNickname.trim()) errors.mailNickname = REQUIRED;
    if (!form.autoPassword && !form.password) errors.password = REQUIRED;
    else if (!form.autoPassword) {
      const weak = passwordError(form.password);
      if (weak) errors.password = weak.message;
    }
    if (form.alias.trim() && form.displayName.trim()) {
      const error = validateCreate(tenant, createInput(form), actor);
      if (error) errors[fieldOf(error, form, mode)] ??= error.message;
    }
  }
  return errors;
}

const BASICS: readonly NewUserField[] = ['alias', 'mailNickname', 'displayName', 'password', 'email'];

/** The tab a field is on, to go back to the first problem. */
export function tabOf(field: NewUserField): NewUserTab {
  return BASICS.includes(field) ? 'basics' : 'properties';
}
