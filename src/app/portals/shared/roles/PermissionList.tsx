import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { RoleTemplate } from '../../../../tenant';
import { rolePermissions } from '../../../../views/role-permissions';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  action: { display: 'block', color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/** A role's permissions in words, by service, each with the resource action it stands for. */
export function PermissionList({ role }: { readonly role: RoleTemplate }) {
  const styles = useStyles();
  const groups = useMemo(() => rolePermissions(role), [role]);
  return (
    <>
      {groups.map((group) => (
        <section key={group.service} className={styles.group} aria-label={group.service}>
          <h3 className={styles.heading}>
            {group.service} ({group.permissions.length})
          </h3>
          <ul className={styles.list}>
            {group.permissions.map((permission) => (
              <li key={permission.action}>
                {permission.text}
                <code className={styles.action}>{permission.action}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
