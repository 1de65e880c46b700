import { Tab, TabList, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { SidePane } from '../../../../../kit/SidePane';
import { DeleteGroupPanel, type GroupToDelete } from '../DeleteGroupDialog';
import { GeneralTab } from './GeneralTab';
import { MembershipTab } from './MembershipTab';
import { SettingsTab } from './SettingsTab';
import { useGroupDetails, type DetailsTab } from './useGroupDetails';

export interface GroupDetailsPaneProps {
  readonly groupId: string;
  readonly onClose: () => void;
}

/** A group's details pane in Active teams & groups: General, Membership and Settings tabs. */
export function GroupDetailsPane({ groupId, onClose }: GroupDetailsPaneProps) {
  const details = useGroupDetails(groupId);
  const [tab, setTab] = useState<DetailsTab>('general');
  const [deleting, setDeleting] = useState<GroupToDelete | null>(null);
  const { group } = details;
  const showTabs = group !== undefined && deleting === null;
  return (
    <SidePane
      title={group?.displayName ?? deleting?.displayName ?? 'Group not found'}
      subtitle={group && (group.mail ? `${group.groupType} · ${group.mail}` : group.groupType)}
      onClose={onClose}
      header={
        showTabs && (
          <TabList
            selectedValue={tab}
            onTabSelect={(_, data) => {
              details.clearFeedback();
              setTab(data.value as DetailsTab);
            }}
            aria-label="Group details"
          >
            <Tab value="general">General</Tab>
            <Tab value="membership">Membership</Tab>
            {group.mailEnabled && <Tab value="settings">Settings</Tab>}
          </TabList>
        )
      }
    >
      {deleting && <DeleteGroupPanel group={deleting} onClose={() => (group ? setDeleting(null) : onClose())} />}
      {!group && !deleting && <Text>This group doesn't exist, or it was deleted.</Text>}
      {showTabs && tab === 'general' && (
        <GeneralTab
          details={details}
          group={group}
          onDelete={() => setDeleting({ id: group.id, displayName: group.displayName, restorable: group.kind === 'microsoft365' })}
        />
      )}
      {showTabs && tab === 'membership' && <MembershipTab details={details} group={group} />}
      {showTabs && tab === 'settings' && <SettingsTab details={details} group={group} />}
    </SidePane>
  );
}
