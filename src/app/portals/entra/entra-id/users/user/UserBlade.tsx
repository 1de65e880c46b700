import { Text } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { detailsEqual } from '../../../../../../views/groups';
import { entraUserSelector, type EntraUserDetails } from '../../../../../../views/entra-user';
import { Page } from '../../../../../shell/Page';
import { useTenant } from '../../../../../tenant-context';
import { entraPaths, entraUserPath, type UserBladeSection } from '../../../paths';
import { BladeLayout } from '../BladeLayout';

const SECTIONS: readonly { readonly id: UserBladeSection; readonly label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'auditLogs', label: 'Audit logs' },
  { id: 'assignedRoles', label: 'Assigned roles' },
  { id: 'groups', label: 'Groups' },
  { id: 'licenses', label: 'Licenses' },
  { id: 'authenticationMethods', label: 'Authentication methods' },
];

const TRAIL = [{ label: 'Users', to: entraPaths.users }] as const;

/** The user a blade route shows, from its `:userId`. */
export function useBladeUser(): { readonly userId: string; readonly details: EntraUserDetails | undefined } {
  const userId = useParams().userId ?? '';
  const details = useTenant(
    useMemo(() => entraUserSelector(userId), [userId]),
    detailsEqual,
  );
  return { userId, details };
}

/**
 * A user's page in the Entra admin center: "<Name> | <Section>", "User" under it, the page's
 * menu on the left (Overview, Audit logs, Assigned roles, Groups, Licenses, Authentication
 * methods). Breadcrumb: Home > Users > the user, as the portal's.
 */
export function UserBlade({ section, children }: { readonly section: UserBladeSection; readonly children: (details: EntraUserDetails) => ReactNode }) {
  const { userId, details } = useBladeUser();
  if (!details) {
    return (
      <Page title="User not found" trail={TRAIL}>
        <Text>This user doesn't exist, or it was deleted. Deleted users are listed in Deleted users for 30 days.</Text>
      </Page>
    );
  }
  // Edit properties opens from the Overview, which stays chosen in the menu.
  const label = section === 'edit' ? 'Edit properties' : SECTIONS.find((each) => each.id === section)!.label;
  return (
    <BladeLayout
      title={section === 'overview' ? details.user.displayName : `${details.user.displayName} | ${label}`}
      subtitle="User"
      trail={TRAIL}
      menuLabel={`${details.user.displayName} menu`}
      menu={SECTIONS.map((each) => ({ label: each.label, to: entraUserPath(userId, each.id) }))}
      current={entraUserPath(userId, section === 'edit' ? 'overview' : section)}
    >
      {children(details)}
    </BladeLayout>
  );
}
