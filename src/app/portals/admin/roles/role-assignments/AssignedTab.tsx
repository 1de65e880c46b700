import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { DeleteRegular, PeopleAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RoleTemplate } from '../../../../../tenant';
import { scopeLabel, searchRoleAssignableGroups } from '../../../../../views/role-management';
import { PeoplePicker } from '../../../../kit/PeoplePicker';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { GroupPicker } from '../common/GroupPicker';
import { ROLE_ASSIGNABLE_ONLY } from '../../../shared/roles/role-wording';
import { useAssignedAdmins } from './useAssignedAdmins';

type Picking = 'users' | 'groups' | 'remove' | null;

/** The role flyout's "Assigned" tab: the admins with their scope, "Add users", "Add groups", "Remove". */
export function AssignedTab({ role }: { readonly role: RoleTemplate }) {
  const list = useListStyles();
  const state = useAssignedAdmins(role.id);
  const [picking, setPicking] = useState<Picking>(null);
  const { outcomes } = state;
  const failed = outcomes?.items.filter((item) => item.error) ?? [];
  const assignedIds = new Set(state.rows.filter((row) => row.directoryScopeId === '/').map((row) => row.principalId));

  if (picking === 'users') {
    return (
      <PeoplePicker
        title={`Add users to ${role.displayName}`}
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={assignedIds}
        onConfirm={(people) => {
          state.add(people);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  if (picking === 'groups') {
    return (
      <GroupPicker
        title={`Add groups to ${role.displayName}`}
        intro={ROLE_ASSIGNABLE_ONLY}
        search={searchRoleAssignableGroups}
        exclude={assignedIds}
        onConfirm={(groups) => {
          state.add(groups);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  return (
    <>
      <Toolbar aria-label="Assigned actions">
        <ToolbarButton icon={<PersonAddRegular />} onClick={() => setPicking('users')}>
          Add users
        </ToolbarButton>
        <ToolbarButton icon={<PeopleAddRegular />} onClick={() => setPicking('groups')}>
          Add groups
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={state.selected.size === 0} onClick={() => setPicking('remove')}>
          Remove
        </ToolbarButton>
      </Toolbar>
      {outcomes &&
        (failed.length === 0 ? (
          <FeedbackBar
            feedback={{ ok: true, message: outcomes.verb === 'added' ? `${role.displayName} was assigned to ${outcomes.items.map((item) => item.name).join(', ')}.` : `${role.displayName} was removed from ${outcomes.items.map((item) => item.name).join(', ')}.` }}
          />
        ) : (
          <>
            <FeedbackBar feedback={{ ok: false, title: outcomes.verb === 'added' ? "The role wasn't assigned" : "The role wasn't removed", message: failed[0]!.error! }} />
            {outcomes.items.length > 1 && <OutcomeList outcomes={outcomes.items} success={outcomes.verb === 'added' ? 'Role assigned.' : 'Role removed.'} />}
          </>
        ))}
      {picking === 'remove' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Remove admins?</MessageBarTitle>
            {state.selected.size === 1 ? 'The selected admin loses' : `The ${state.selected.size} selected admins lose`} the {role.displayName} role and the permissions that come with it.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                state.remove();
                setPicking(null);
              }}
            >
              Remove
            </Button>
            <Button onClick={() => setPicking(null)}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ListTable
        label={`Admins assigned to ${role.displayName}`}
        rows={state.rows}
        rowId={(row) => row.sourceId}
        appearance="plain"
        count={(shown) => (shown === 1 ? '1 admin' : `${shown} admins`)}
        empty="No one is assigned this role."
        // An activation ends on its own or in PIM; only standing assignments are removed here.
        selection={{ selected: state.selected, onChange: state.setSelected, rowLabel: (row) => `Select ${row.displayName}`, selectable: (row) => row.assignmentType === 'Assigned' }}
        columns={[
          {
            id: 'name',
            header: 'Name',
            cell: (row) => (
              <>
                {row.displayName}
                {row.userPrincipalName && (
                  <>
                    <br />
                    <span className={list.muted}>{row.userPrincipalName}</span>
                  </>
                )}
              </>
            ),
          },
          { id: 'type', header: 'Type', cell: (row) => (row.assignmentType === 'Activated' ? `${row.principalType} (activated in PIM)` : row.principalType) },
          { id: 'scope', header: 'Scope', cell: (row) => scopeLabel(row) },
        ]}
      />
    </>
  );
}
