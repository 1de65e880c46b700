import { findEntity, findUserByUserPrincipalName, roleTemplateById, type Command, type DispatchResult, type TenantError, type User } from '../../../../../../tenant';
import { createInput, inviteCommand, inviteProfileChanges, type NewUserForm, type NewUserMode } from './new-user-form';

/*
 * Create (or Invite): one gesture that the tenant takes as several commands, as the portal makes
 * several calls: the user (user.create, or guest.invite then user.update for the Properties tab),
 * then each group, role and administrative unit of the Assignments tab. A later step can be
 * refused while the user exists (a User Administrator may create users but not assign roles), so
 * the outcome lists what did not happen. The manager is its own command too (user.setManager).
 */

export interface SubmitFailure {
  readonly step: string;
  readonly error: TenantError;
}

export type SubmitOutcome =
  | { readonly ok: false; readonly error: TenantError }
  | { readonly ok: true; readonly userId: string; readonly displayName: string; readonly failures: readonly SubmitFailure[] };

type Send = (command: Command) => DispatchResult;

function newUser(send: Send, form: NewUserForm, mode: NewUserMode): { ok: true; user: User } | { ok: false; error: TenantError } {
  if (mode === 'create') {
    const input = createInput(form);
    const created = send({ type: 'user.create', ...input });
    return created.ok ? { ok: true, user: findUserByUserPrincipalName(created.tenant, input.userPrincipalName)! } : created;
  }
  const invitation = inviteCommand(form);
  const invited = send(invitation);
  if (!invited.ok) return invited;
  const email = invitation.invitedUserEmailAddress.toLowerCase();
  const user = findEntity(invited.tenant.directory.users, (each) => each.creationType === 'Invitation' && each.mail?.toLowerCase() === email)!;
  return { ok: true, user };
}

export function submitNewUser(send: Send, form: NewUserForm, mode: NewUserMode, groupName: (id: string) => string, unitName: (id: string) => string): SubmitOutcome {
  const made = newUser(send, form, mode);
  if (!made.ok) return made;
  const { user } = made;
  const failures: SubmitFailure[] = [];
  const attempt = (step: string, command: Command) => {
    const result = send(command);
    if (!result.ok) failures.push({ step, error: result.error });
  };
  const profile = mode === 'invite' ? inviteProfileChanges(form) : undefined;
  if (profile && Object.keys(profile).length > 0) attempt('Set the properties', { type: 'user.update', userId: user.id, changes: profile });
  if (form.managerId) attempt('Set the manager', { type: 'user.setManager', userId: user.id, managerId: form.managerId });
  for (const groupId of form.groupIds) attempt(`Add to ${groupName(groupId)}`, { type: 'group.addMembers', groupId, memberIds: [user.id] });
  for (const roleId of form.roleIds) {
    attempt(`Assign the ${roleTemplateById(roleId)?.displayName ?? roleId} role`, { type: 'role.assign', principalId: user.id, roleDefinitionId: roleId });
  }
  if (form.unitId && mode === 'create') {
    attempt(`Add to ${unitName(form.unitId)}`, { type: 'administrativeUnit.addMembers', administrativeUnitId: form.unitId, memberIds: [user.id] });
  }
  return { ok: true, userId: user.id, displayName: user.displayName, failures };
}
