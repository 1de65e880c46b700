import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { GroupDetails } from '../../../../selectors/groups';
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
  readonly onDelete: (group: GroupDetails) => void;
}

/** A group's details pane in Active teams & groups: General, Membership and Settings tabs. */
export function GroupDetailsPane({ groupId, onClose, onDelete }: GroupDetailsPaneProps) {
  const styles = useStyles();
  const details = useGroupDetails(groupId);
  const [tab, setTab] = useState<DetailsTab>('general');
  const titleId = useId();
  const { group } = details;
  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          <span id={titleId}>{group?.displayName ?? 'Group not found'}</span>
          {group && <span className={styles.subtitle}>{group.mail ? `${group.groupType} · ${group.mail}` : group.groupType}</span>}
        </DrawerHeaderTitle>
        {group && (
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
        {!group && <Text>This group doesn't exist, or it was deleted.</Text>}
        {group && tab === 'general' && <GeneralTab details={details} group={group} onDelete={() => onDelete(group)} />}
        {group && tab === 'membership' && <MembershipTab details={details} group={group} />}
        {group && tab === 'settings' && <SettingsTab details={details} group={group} />}
      </DrawerBody>
    </OverlayDrawer>
  );
}
