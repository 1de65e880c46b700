import {
  Button,
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
import { useCallback, useState } from 'react';
import type { Tenant } from '../../tenant';
import { selectAdminAccounts, selectSignedInAccount, type SignedInAccount } from '../selectors/admins';
import { rowsEqual, shallowEqual } from '../selectors/equality';
import { selectOrganizationName } from '../selectors/organization';
import { useSignedInUserId, useTenant, useTenantStore } from '../tenant-context';
import { Initials, initialsOf } from './Initials';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalM, minWidth: '300px', maxWidth: '400px' },
  popover: { maxWidth: '420px' },
  organization: { gridColumn: '1 / -1', marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  details: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  adminRoles: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  refusal: { display: 'block', maxWidth: '360px', padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
});

function accountEqual(a: SignedInAccount | undefined, b: SignedInAccount | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && shallowEqual(a, b));
}

function rolesText(roles: readonly string[]): string {
  return roles.length > 0 ? roles.join(', ') : 'No administrator access';
}

/**
 * The account manager at the right of the top bar: who is signed in, and a switch to any other
 * admin of the tenant, so a learner can try a task with the least privileged role that allows it.
 */
export function AccountMenu() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const store = useTenantStore();
  const userId = useSignedInUserId();
  const selectAccount = useCallback((tenant: Tenant) => selectSignedInAccount(tenant, userId), [userId]);
  const account = useTenant(selectAccount, accountEqual);
  const admins = useTenant(selectAdminAccounts, rowsEqual);
  const organization = useTenant(selectOrganizationName);
  const [announcement, setAnnouncement] = useState('');
  const name = account?.displayName ?? 'Deleted account';

  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = admins.find((admin) => admin.userId === checkedItems[0]);
    if (!next || next.userId === userId) return;
    store.signInAs(next.userId);
    setAnnouncement(`Signed in as ${next.displayName} (${rolesText(next.roles)}).`);
  };

  return (
    <>
      <Menu checkedValues={{ admin: [userId] }} onCheckedValueChange={onCheckedValueChange} positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="transparent" className={shared.topBarButton} aria-label={`${initialsOf(name)}, Account manager for ${name}`}>
            <Initials name={name} size={32} />
          </Button>
        </MenuTrigger>
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
              {!store.accountSwitchRefusal && admins.map((admin) => (
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
      <span role="status" aria-live="polite" className={shared.visuallyHidden}>
        {announcement}
      </span>
    </>
  );
}
