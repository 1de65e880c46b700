import { Button } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Tenant } from '../../tenant';
import { selectSignedInAccount, type SignedInAccount } from '../../views/admins';
import { shallowEqual } from '../../views/equality';
import { useSignedInUserId, useTenant } from '../tenant-context';
import type { AccountSwitchMenuProps } from './AccountSwitchMenu';
import { Initials, initialsOf } from './Initials';
import { OnDemandMenu } from './OnDemandMenu';
import { useSharedStyles } from './shared-styles';

function accountEqual(a: SignedInAccount | undefined, b: SignedInAccount | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && shallowEqual(a, b));
}

const loadAccountSwitchMenu = () => import('./AccountSwitchMenu').then((module) => module.AccountSwitchMenu);

/**
 * The account manager at the right of the top bar: who is signed in, and a switch to any other
 * admin of the tenant, so a learner can try a task with the least privileged role that allows it.
 */
export function AccountMenu() {
  const shared = useSharedStyles();
  const userId = useSignedInUserId();
  const selectAccount = useCallback((tenant: Tenant) => selectSignedInAccount(tenant, userId), [userId]);
  const account = useTenant(selectAccount, accountEqual);
  const [announcement, setAnnouncement] = useState('');
  const name = account?.displayName ?? 'Deleted account';

  return (
    <>
      <OnDemandMenu<AccountSwitchMenuProps>
        load={loadAccountSwitchMenu}
        menuProps={{ userId, account, onSwitched: setAnnouncement }}
        renderTrigger={(props) => (
          <Button {...props} appearance="transparent" className={shared.topBarButton} aria-label={`${initialsOf(name)}, Account manager for ${name}`}>
            <Initials name={name} size={32} />
          </Button>
        )}
      />
      <span role="status" aria-live="polite" className={shared.visuallyHidden}>
        {announcement}
      </span>
    </>
  );
}
