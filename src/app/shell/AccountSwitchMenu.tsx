import {
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
  type MenuProps,
} from '@fluentui/react-components';
import { selectAdminAccounts, type SignedInAccount } from '../../views/admins';
import { rowsEqual } from '../../views/equality';
import { selectOrganizationName } from '../../views/organization';
import { useTenant, useTenantStore } from '../tenant-context';
import { Initials } from './Initials';
import type { LoadedMenuProps } from './OnDemandMenu';

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalM, minWidth: '300px', maxWidth: '400px' },
  popover: { maxWidth: '420px' },
  organization: { gridColumn: '1 / -1', marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  details: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  adminRoles: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  refusal: { display: 'block', maxWidth: '360px', padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
});

function rolesText(roles: readonly string[]): string {
  return roles.length > 0 ? roles.join(', ') : 'No administrator access';
}

export interface AccountSwitchMenuProps {
  readonly userId: string;
  readonly account: SignedInAccount | undefined;
  /** Says to screen readers who the learner is now signed in as. */
  readonly onSwitched: (announcement: string) => void;
}

/** The account manager's card and its switch to any other admin of the tenant (loaded on demand). */
export function AccountSwitchMenu({ userId, account, onSwitched, open, onOpenChange, trigger }: AccountSwitchMenuProps & LoadedMenuProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const admins = useTenant(selectAdminAccounts, rowsEqual);
  const organization = useTenant(selectOrganizationName);
  const name = account?.displayName ?? 'Deleted account';

  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = admins.find((admin) => admin.userId === checkedItems[0]);
    if (!next || next.userId === userId) return;
    store.signInAs(next.userId);
    onSwitched(`Signed in as ${next.displayName} (${rolesText(next.roles)}).`);
  };

  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => onOpenChange(data.open)}
      checkedValues={{ admin: [userId] }}
      onCheckedValueChange={onCheckedValueChange}
      positioning="below-end"
    >
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover className={styles.popover}>
        <div className={styles.card}>
          <Text className={styles.organization}>{organization}</Text>
          <Initials name={name} size={48} />
          <div className={styles.details}>
            <Text weight="semibold">{name}</Text>
            <Text className={styles.secondary}>{account?.userPrincipalName ?? 'This account no longer exists.'}</Text>
            <Text className={styles.secondary} size={200}>
              {rolesText(account?.roles ?? [])}
            </Text>
          </div>
        </div>
        <MenuDivider />
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Switch admin account</MenuGroupHeader>
            {store.accountSwitchRefusal && <Text className={styles.refusal}>{store.accountSwitchRefusal}</Text>}
            {!store.accountSwitchRefusal &&
              admins.map((admin) => (
                <MenuItemRadio key={admin.userId} name="admin" value={admin.userId}>
                  {admin.displayName}
                  <span className={styles.adminRoles}>
                    {rolesText(admin.roles)}
                    {admin.accountEnabled ? '' : ' · sign-in blocked'}
                  </span>
                </MenuItemRadio>
              ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
