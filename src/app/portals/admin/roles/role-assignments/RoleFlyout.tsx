import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { roleTemplateById } from '../../../../../tenant';
import { permissionSummary } from '../../../../../views/role-permissions';
import { SidePane } from '../../../../kit/SidePane';
import { PermissionList } from '../../../shared/roles/PermissionList';
import { AssignedTab } from './AssignedTab';

type FlyoutTab = 'general' | 'permissions' | 'assigned';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** A role's flyout in Role assignments: "General", "Permissions" and "Assigned". */
export function RoleFlyout({ roleId, onClose }: { readonly roleId: string; readonly onClose: () => void }) {
  const styles = useStyles();
  const role = roleTemplateById(roleId);
  const [tab, setTab] = useState<FlyoutTab>('general');
  const summary = useMemo(() => (role ? permissionSummary(role) : []), [role]);
  if (!role) {
    return (
      <SidePane title="Role not found" onClose={onClose}>
        <Text>There's no built-in role with this id.</Text>
      </SidePane>
    );
  }
  return (
    <SidePane
      title={role.displayName}
      subtitle={role.isPrivileged ? 'Privileged role' : undefined}
      size="medium"
      onClose={onClose}
      header={
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as FlyoutTab)} aria-label={`${role.displayName} details`}>
          <Tab value="general">General</Tab>
          <Tab value="permissions">Permissions</Tab>
          <Tab value="assigned">Assigned</Tab>
        </TabList>
      }
    >
      {tab === 'general' && (
        <>
          <h3 className={styles.heading}>Description</h3>
          <Text>{role.description}</Text>
          <h3 className={styles.heading}>Permissions summary</h3>
          <ul className={styles.list}>
            {summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {tab === 'permissions' && <PermissionList role={role} />}
      {tab === 'assigned' && <AssignedTab role={role} />}
    </SidePane>
  );
}
