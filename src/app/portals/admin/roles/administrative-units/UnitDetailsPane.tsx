import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Tab,
  TabList,
  Text,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { DeleteRegular, DismissRegular, PeopleAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { roleTemplateById } from '../../../../../tenant';
import { SCOPABLE_ROLES, searchGroups, type UnitDetails } from '../../../../../views/administrative-units';
import { formatDate } from '../../../../../views/portal-dates';
import { PeoplePicker } from '../../../../kit/PeoplePicker';
import { FeedbackBar } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { GroupPicker } from '../common/GroupPicker';
import { useUnitDetails, type UnitDetailsState } from './useUnitDetails';

type DetailsTab = 'properties' | 'members' | 'roles';

function PropertiesTab({ unit, details, onDeleted }: { readonly unit: UnitDetails; readonly details: UnitDetailsState; readonly onDeleted: () => void }) {
  const styles = useListStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>Name</dt>
        <dd className={styles.definition}>{unit.displayName}</dd>
        <dt className={styles.term}>Description</dt>
        <dd className={styles.definition}>{unit.description ?? 'None'}</dd>
        <dt className={styles.term}>Restricted management</dt>
        <dd className={styles.definition}>{unit.isMemberManagementRestricted ? 'Yes' : 'No'}</dd>
        <dt className={styles.term}>Created</dt>
        <dd className={styles.definition}>{formatDate(unit.createdDateTime)}</dd>
      </dl>
      {confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Delete {unit.displayName}?</MessageBarTitle>
            Its members stay in the organization. The roles assigned over this unit are removed with it.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => details.deleteUnit() && onDeleted()}>
              Delete
            </Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <div>
          <Button icon={<DeleteRegular />} onClick={() => setConfirming(true)}>
            Delete unit
          </Button>
        </div>
      )}
    </>
  );
}

function MembersTab({ unit, details }: { readonly unit: UnitDetails; readonly details: UnitDetailsState }) {
  const styles = useListStyles();
  const [picking, setPicking] = useState<'users' | 'groups' | null>(null);
  const members = new Set(unit.members.map((member) => member.id));
  if (picking === 'users') {
    return (
      <PeoplePicker
        title="Add users"
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={members}
        max={20}
        onConfirm={(people) => {
          details.addMembers(people.map((person) => ({ id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' })));
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  if (picking === 'groups') {
    return (
      <GroupPicker
        title="Add groups"
        search={searchGroups}
        exclude={members}
        max={20}
        onConfirm={(groups) => {
          details.addMembers(groups);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  return (
    <>
      <Toolbar aria-label="Members actions">
        <ToolbarButton icon={<PersonAddRegular />} onClick={() => setPicking('users')}>
          Add users
        </ToolbarButton>
        <ToolbarButton icon={<PeopleAddRegular />} onClick={() => setPicking('groups')}>
          Add groups
        </ToolbarButton>
      </Toolbar>
      <ListTable
        label="Members"
        rows={unit.members}
        rowId={(member) => member.id}
        appearance="plain"
        empty="This unit has no members yet."
        columns={[
          {
            id: 'name',
            header: 'Name',
            cell: (member) => (
              <>
                {member.displayName}
                <br />
                <span className={styles.muted}>{member.detail}</span>
              </>
            ),
          },
          { id: 'type', header: 'Type', cell: (member) => member.type },
          {
            id: 'remove',
            header: <span className={styles.muted}>Remove</span>,
            width: '48px',
            cell: (member) => <Button appearance="subtle" icon={<DismissRegular />} aria-label={`Remove ${member.displayName}`} onClick={() => details.removeMember(member)} />,
          },
        ]}
      />
    </>
  );
}

function RolesTab({ unit, details }: { readonly unit: UnitDetails; readonly details: UnitDetailsState }) {
  const styles = useListStyles();
  const roles = SCOPABLE_ROLES;
  const [roleId, setRoleId] = useState(roles[0]?.id ?? '');
  const [picking, setPicking] = useState(false);
  const role = roleTemplateById(roleId);
  if (picking && role) {
    return (
      <PeoplePicker
        title={`Add admin assignments: ${role.displayName}`}
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={new Set(unit.roles.filter((row) => row.roleDefinitionId === roleId).map((row) => row.principalId))}
        onConfirm={(people) => {
          details.assignAdmins(roleId, role.displayName, people.map((person) => ({ id: person.id, displayName: person.displayName, detail: person.userPrincipalName, type: 'User' })));
          setPicking(false);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  }
  return (
    <>
      <div className={styles.actions}>
        <Field label="Role">
          <Dropdown value={role?.displayName ?? ''} selectedOptions={[roleId]} onOptionSelect={(_, data) => data.optionValue && setRoleId(data.optionValue)}>
            {roles.map((each) => (
              <Option key={each.id} value={each.id}>
                {each.displayName}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div>
        <Button icon={<PersonAddRegular />} onClick={() => setPicking(true)}>
          Assign admins
        </Button>
      </div>
      <ListTable
        label="Scoped role assignments"
        rows={unit.roles}
        rowId={(row) => row.assignmentId}
        appearance="plain"
        empty="No admins are assigned roles over this unit."
        columns={[
          { id: 'role', header: 'Role', cell: (row) => row.roleName },
          { id: 'admin', header: 'Admin', cell: (row) => row.principalName },
          {
            id: 'remove',
            header: <span className={styles.muted}>Remove</span>,
            width: '48px',
            cell: (row) => (
              <Button
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={`Remove ${row.principalName} from ${row.roleName}`}
                onClick={() => details.removeAssignment(row.assignmentId, `${row.principalName} from ${row.roleName}`)}
              />
            ),
          },
        ]}
      />
    </>
  );
}

/** A unit's details: "Properties", "Members" and "Role assignments", each change sent at once. */
export function UnitDetailsPane({ unitId, onClose }: { readonly unitId: string; readonly onClose: () => void }) {
  const details = useUnitDetails(unitId);
  const [tab, setTab] = useState<DetailsTab>('properties');
  const { unit } = details;
  return (
    <SidePane
      title={unit?.displayName ?? 'Administrative unit not found'}
      subtitle={unit ? `${unit.userCount === 1 ? '1 user' : `${unit.userCount} users`} · ${unit.groupCount === 1 ? '1 group' : `${unit.groupCount} groups`}` : undefined}
      onClose={onClose}
      header={
        unit && (
          <TabList
            selectedValue={tab}
            onTabSelect={(_, data) => {
              details.clearFeedback();
              setTab(data.value as DetailsTab);
            }}
            aria-label="Administrative unit details"
          >
            <Tab value="properties">Properties</Tab>
            <Tab value="members">Members</Tab>
            <Tab value="roles">Role assignments</Tab>
          </TabList>
        )
      }
    >
      <FeedbackBar feedback={details.feedback} />
      {!unit && <Text>This administrative unit doesn't exist, or it was deleted.</Text>}
      {unit && tab === 'properties' && <PropertiesTab unit={unit} details={details} onDeleted={onClose} />}
      {unit && tab === 'members' && <MembersTab unit={unit} details={details} />}
      {unit && tab === 'roles' && <RolesTab unit={unit} details={details} />}
    </SidePane>
  );
}
