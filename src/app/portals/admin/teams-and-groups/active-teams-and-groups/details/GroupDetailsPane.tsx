import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { DeleteGroupPanel, type GroupToDelete } from '../DeleteGroupDialog';
import { GeneralTab } from './GeneralTab';
import { MembershipTab } from './MembershipTab';
import { SettingsTab } from './SettingsTab';
import { useGroupDetails, type DetailsTab } from './useGroupDetails';

const useStyles = makeStyles({
  subtitle: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
});

export interface GroupDetailsPaneProps {
  readonly groupId: string;
  readonly onClose: () => void;
}

/** A group's details pane in Active teams & groups: General, Membership and Settings tabs. */
export function GroupDetailsPane({ groupId, onClose }: GroupDetailsPaneProps) {
  const styles = useStyles();
  const details = useGroupDetails(groupId);
  const [tab, setTab] = useState<DetailsTab>('general');
  const [deleting, setDeleting] = useState<GroupToDelete | null>(null);
  const titleId = useId();
  const { group } = details;
  const showTabs = group !== undefined && deleting === null;
  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          <span id={titleId}>{group?.displayName ?? deleting?.displayName ?? 'Group not found'}</span>
          {group && <span className={styles.subtitle}>{group.mail ? `${group.groupType} · ${group.mail}` : group.groupType}</span>}
        </DrawerHeaderTitle>
        {showTabs && (
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
        )}
      </DrawerHeader>
      <DrawerBody>
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
      </DrawerBody>
    </OverlayDrawer>
  );
}
