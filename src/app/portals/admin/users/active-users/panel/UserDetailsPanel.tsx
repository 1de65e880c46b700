import {
  Avatar,
  Badge,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, KeyResetRegular, PersonDeleteRegular, PersonProhibitedRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { Tenant } from '../../../../../../tenant';
import { useTenant } from '../../../../../tenant-context';
import { ContactInfoPane } from '../panes/ContactInfoPane';
import { DeleteUserPane } from '../panes/DeleteUserPane';
import { ManageRolesPane } from '../panes/ManageRolesPane';
import { ManageUsernamePane } from '../panes/ManageUsernamePane';
import { Flyout, PaneFrame } from '../../../../../kit/PaneFrame';
import { ResetPasswordPane } from '../panes/ResetPasswordPane';
import { SignInStatusPane } from '../panes/SignInStatusPane';
import { SignOutPane } from '../panes/SignOutPane';
import { AccountTab, type AccountPane } from './AccountTab';
import { EmptyTab } from './EmptyTab';
import { LicensesTab } from './LicensesTab';
import { MailTab } from './MailTab';
import { selectUser } from './user-selectors';

type UserTab = 'account' | 'devices' | 'licenses' | 'mail' | 'onedrive';
type UserPane = AccountPane | 'resetPassword' | 'signIn' | 'delete';

const useStyles = makeStyles({
  header: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  username: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  content: { paddingTop: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalXL },
});

export interface UserDetailsPanelProps {
  readonly userId: string;
  readonly onClose: () => void;
}

/**
 * The flyout a user's name opens on Active users: the header with the quick actions, the tabs,
 * and the panes their links open in the same flyout (with Back to the details).
 */
export default function UserDetailsPanel({ userId, onClose }: UserDetailsPanelProps) {
  const styles = useStyles();
  const user = useTenant(useCallback((tenant: Tenant) => selectUser(tenant, userId), [userId]));
  const [tab, setTab] = useState<UserTab>('account');
  const [pane, setPane] = useState<UserPane | null>(null);

  const back = () => setPane(null);
  const ids = [userId];
  const content = (() => {
    switch (pane) {
      case 'resetPassword':
        return <ResetPasswordPane userIds={ids} onClose={onClose} onBack={back} />;
      case 'signIn':
        return <SignInStatusPane userIds={ids} onClose={onClose} onBack={back} />;
      case 'delete':
        return <DeleteUserPane userIds={ids} onClose={onClose} onBack={back} />;
      case 'roles':
        return <ManageRolesPane userId={userId} onClose={onClose} onBack={back} />;
      case 'username':
        return <ManageUsernamePane userId={userId} onClose={onClose} onBack={back} />;
      case 'contact':
        return <ContactInfoPane userId={userId} onClose={onClose} onBack={back} />;
      case 'signOut':
        return <SignOutPane userId={userId} onClose={onClose} onBack={back} />;
      case null:
        break;
    }
    if (!user) {
      return (
        <PaneFrame title="User not found" onClose={onClose}>
          <Text>This user doesn't exist in the directory. They may have been deleted: look in Users &gt; Deleted users.</Text>
        </PaneFrame>
      );
    }
    return (
      <>
        <DrawerHeader>
          <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
            {user.displayName}
          </DrawerHeaderTitle>
          <div className={styles.header}>
            <Avatar name={user.displayName} size={64} color="colorful" aria-hidden />
            <div className={styles.who}>
              <Text className={styles.username}>{user.userPrincipalName}</Text>
              {!user.accountEnabled && (
                <Badge appearance="tint" color="danger">
                  Sign-in blocked
                </Badge>
              )}
            </div>
          </div>
          <div className={styles.actions}>
            <Button appearance="transparent" icon={<KeyResetRegular />} onClick={() => setPane('resetPassword')}>
              Reset password
            </Button>
            <Button appearance="transparent" icon={<PersonProhibitedRegular />} onClick={() => setPane('signIn')}>
              {user.accountEnabled ? 'Block sign-in' : 'Unblock sign-in'}
            </Button>
            <Button appearance="transparent" icon={<PersonDeleteRegular />} onClick={() => setPane('delete')}>
              Delete user
            </Button>
          </div>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_event, data) => setTab(data.value as UserTab)}>
            <Tab value="account">Account</Tab>
            <Tab value="devices">Devices</Tab>
            <Tab value="licenses">Licenses and apps</Tab>
            <Tab value="mail">Mail</Tab>
            <Tab value="onedrive">OneDrive</Tab>
          </TabList>
        </DrawerHeader>
        <DrawerBody className={styles.content} role="tabpanel" aria-label={tabLabel(tab)}>
          {tab === 'account' && <AccountTab user={user} onOpen={setPane} />}
          {tab === 'devices' && <EmptyTab title="No devices" detail="Tenant Lab doesn't simulate devices, so no device is registered to this user." />}
          {tab === 'licenses' && <LicensesTab userId={userId} />}
          {tab === 'mail' && <MailTab user={user} />}
          {tab === 'onedrive' && <EmptyTab title="OneDrive isn't simulated" detail="Tenant Lab doesn't simulate OneDrive: there is no storage, sharing or files to manage for this user." />}
        </DrawerBody>
      </>
    );
  })();

  return (
    <Flyout onClose={onClose} contentKey={pane ?? 'details'}>
      {content}
    </Flyout>
  );
}

function tabLabel(tab: UserTab): string {
  return { account: 'Account', devices: 'Devices', licenses: 'Licenses and apps', mail: 'Mail', onedrive: 'OneDrive' }[tab];
}
