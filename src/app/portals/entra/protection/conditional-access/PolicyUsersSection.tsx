import { Checkbox, Field, Radio, RadioGroup, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { rowsEqual } from '../../../../../views/equality';
import { useTenant } from '../../../../tenant-context';
import { MultiSelect } from '../MultiSelect';
import { ROLE_CHOICES, selectGroupChoices, selectUserChoices } from './directory-choices';
import type { PolicyEditorState } from './usePolicyEditor';

const GUESTS = 'GuestsOrExternalUsers';

/** Assignments > Users: the Include and Exclude tabs. */
export function PolicyUsersSection({ editor }: { readonly editor: PolicyEditorState }) {
  const [tab, setTab] = useState<'include' | 'exclude'>('include');
  const userChoices = useTenant(selectUserChoices, rowsEqual);
  const groupChoices = useTenant(selectGroupChoices, rowsEqual);
  const users = editor.policy.conditions.users;
  const [excludeRolesShown, setExcludeRolesShown] = useState(users.excludeRoles.length > 0);
  const [excludeUsersShown, setExcludeUsersShown] = useState(users.excludeUsers.some((id) => id !== GUESTS) || users.excludeGroups.length > 0);
  const [includeRolesShown, setIncludeRolesShown] = useState(users.includeRoles.length > 0);
  const [includeUsersShown, setIncludeUsersShown] = useState(users.includeUsers.some((id) => id !== GUESTS && id !== 'All') || users.includeGroups.length > 0);
  const ids = (list: readonly string[]) => list.filter((id) => id !== GUESTS && id !== 'All' && id !== 'None');
  const withGuests = (list: readonly string[], on: boolean) => (on ? [...ids(list), GUESTS] : ids(list));
  return (
    <section aria-label="Users">
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'include' | 'exclude')}>
        <Tab value="include">Include</Tab>
        <Tab value="exclude">Exclude</Tab>
      </TabList>
      {tab === 'include' ? (
        <div>
          <RadioGroup aria-label="Include" value={editor.includeMode} onChange={(_, data) => editor.setIncludeMode(data.value as 'none' | 'all' | 'select')}>
            <Radio value="none" label="None" />
            <Radio value="all" label="All users" />
            <Radio value="select" label="Select users and groups" />
          </RadioGroup>
          {editor.includeMode === 'select' && (
            <div>
              <Checkbox label="Guest or external users" checked={users.includeUsers.includes(GUESTS)} onChange={(_, data) => editor.setUsers({ includeUsers: withGuests(users.includeUsers, data.checked === true) })} />
              <Checkbox label="Directory roles" checked={includeRolesShown} onChange={(_, data) => {
                setIncludeRolesShown(data.checked === true);
                if (!data.checked) editor.setUsers({ includeRoles: [] });
              }} />
              {includeRolesShown && <MultiSelect label="Included roles" choices={ROLE_CHOICES} selected={users.includeRoles} onChange={(values) => editor.setUsers({ includeRoles: values })} />}
              <Checkbox label="Users and groups" checked={includeUsersShown} onChange={(_, data) => {
                setIncludeUsersShown(data.checked === true);
                if (!data.checked) editor.setUsers({ includeUsers: users.includeUsers.filter((id) => id === GUESTS), includeGroups: [] });
              }} />
              {includeUsersShown && (
                <>
                  <MultiSelect label="Included users" choices={userChoices} selected={ids(users.includeUsers)} onChange={(values) => editor.setUsers({ includeUsers: withGuests(values, users.includeUsers.includes(GUESTS)) })} />
                  <MultiSelect label="Included groups" choices={groupChoices} selected={users.includeGroups} onChange={(values) => editor.setUsers({ includeGroups: values })} />
                </>
              )}
            </div>
          )}
        </div>
      ) : (
        <div>
          <Field hint="Excluded users, groups and roles are never affected by this policy, whatever else includes them." />
          <Checkbox label="Guest or external users" checked={users.excludeUsers.includes(GUESTS)} onChange={(_, data) => editor.setUsers({ excludeUsers: withGuests(users.excludeUsers, data.checked === true) })} />
          <Checkbox label="Directory roles" checked={excludeRolesShown} onChange={(_, data) => {
            setExcludeRolesShown(data.checked === true);
            if (!data.checked) editor.setUsers({ excludeRoles: [] });
          }} />
          {excludeRolesShown && <MultiSelect label="Excluded roles" choices={ROLE_CHOICES} selected={users.excludeRoles} onChange={(values) => editor.setUsers({ excludeRoles: values })} />}
          <Checkbox label="Users and groups" checked={excludeUsersShown} onChange={(_, data) => {
            setExcludeUsersShown(data.checked === true);
            if (!data.checked) editor.setUsers({ excludeUsers: users.excludeUsers.filter((id) => id === GUESTS), excludeGroups: [] });
          }} />
          {excludeUsersShown && (
            <>
              <MultiSelect label="Excluded users" choices={userChoices} selected={ids(users.excludeUsers)} onChange={(values) => editor.setUsers({ excludeUsers: withGuests(values, users.excludeUsers.includes(GUESTS)) })} />
              <MultiSelect label="Excluded groups" choices={groupChoices} selected={users.excludeGroups} onChange={(values) => editor.setUsers({ excludeGroups: values })} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
