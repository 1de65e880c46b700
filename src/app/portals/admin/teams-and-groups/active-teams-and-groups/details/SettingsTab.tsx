import { Button, Checkbox, Dropdown, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import type { CommandOf } from '../../../../../../tenant';
import type { GroupDetails } from '../../../../../../views/groups';
import { useDetailsStyles } from './details-styles';
import { FeedbackBar } from './FeedbackBar';
import type { GroupDetailsState } from './useGroupDetails';

/** The pane's Settings tab (mail-enabled groups): who may email the group, and copies for members. */
export function SettingsTab({ details, group }: { readonly details: GroupDetailsState; readonly group: GroupDetails }) {
  const styles = useDetailsStyles();
  const [visibility, setVisibility] = useState(group.visibility);
  const [external, setExternal] = useState(group.allowExternalSenders);
  const [copies, setCopies] = useState(group.autoSubscribeNewMembers);
  const microsoft365 = group.kind === 'microsoft365';

  const changes: CommandOf<'group.update'>['changes'] = {
    ...(visibility !== group.visibility && visibility ? { visibility } : {}),
    ...(external !== group.allowExternalSenders ? { allowExternalSenders: external } : {}),
    ...(copies !== group.autoSubscribeNewMembers ? { autoSubscribeNewMembers: copies } : {}),
  };
  const changed = Object.keys(changes).length > 0;

  return (
    <div className={styles.tab}>
      <FeedbackBar details={details} tab="settings" />
      {microsoft365 && (
        <Field label="Privacy">
          <Dropdown value={visibility ?? ''} selectedOptions={visibility ? [visibility] : []} onOptionSelect={(_, data) => setVisibility(data.optionValue === 'Private' ? 'Private' : 'Public')}>
            <Option value="Public">Public</Option>
            <Option value="Private">Private</Option>
          </Dropdown>
        </Field>
      )}
      <Checkbox checked={external} onChange={(_, data) => setExternal(data.checked === true)} label="Let people outside the organization email this group" />
      {microsoft365 && <Checkbox checked={copies} onChange={(_, data) => setCopies(data.checked === true)} label="Send copies of group conversations and events to group members" />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!changed} onClick={() => details.run('settings', { type: 'group.update', groupId: group.id, changes }, 'Settings saved.')}>
          Save
        </Button>
      </div>
    </div>
  );
}
