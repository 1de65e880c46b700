import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { hasEntraIdP2 } from '../../../../../tenant';
import { Page, type Crumb } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenant } from '../../../../tenant-context';
import { entraPaths } from '../../paths';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: '200px 1fr', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  menu: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, paddingRight: tokens.spacingHorizontalM },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderLeft: '2px solid transparent' },
  current: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground1Selected },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

const MENU = [
  { group: null, items: [{ label: 'Quick start', to: entraPaths.pim }] },
  {
    group: 'Tasks',
    items: [
      { label: 'My roles', to: entraPaths.pimMyRoles },
      { label: 'Approve requests', to: entraPaths.pimApprovals },
    ],
  },
  { group: 'Manage', items: [{ label: 'Microsoft Entra roles', to: entraPaths.pimEntraRoles }] },
] as const;

/**
 * The Privileged Identity Management blade: its menu (Quick start, Tasks, Manage) beside the
 * page, and the notice that PIM needs Microsoft Entra ID P2 when the tenant has none.
 */
export function PimLayout({ title, trail, children }: { readonly title: string; readonly trail?: readonly Crumb[]; readonly children: ReactNode }) {
  const styles = useStyles();
  const { pathname } = useLocation();
  const p2 = useTenant(hasEntraIdP2);
  return (
    // The blade's own title says it is PIM, as Azure's breadcrumb shows the blade and not its parent.
    // A page below a PIM blade (a role's assignments) has its own title and the blade in its trail.
    <Page title={trail ? title : `Privileged Identity Management | ${title}`} trail={trail}>
      <div className={styles.layout}>
        <nav aria-label="Privileged Identity Management" className={styles.menu}>
          {MENU.map((section) => (
            <div key={section.group ?? 'top'}>
              {section.group && <h2 className={styles.group}>{section.group}</h2>}
              <ul className={styles.list}>
                {section.items.map((item) => {
                  // A role's page belongs to Microsoft Entra roles, which stays chosen.
                  const current = pathname === item.to || (item.to !== entraPaths.pim && pathname.startsWith(`${item.to}/`));
                  return (
                    <li key={item.to} className={mergeClasses(styles.item, current && styles.current)} aria-current={current ? 'page' : undefined}>
                      <RouterLink to={item.to}>{item.label}</RouterLink>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </nav>
        <div className={styles.content}>
          {!p2 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Microsoft Entra ID P2 required</MessageBarTitle>
                Privileged Identity Management needs Microsoft Entra ID P2 or Microsoft Entra ID Governance. Until this organization has a subscription that
                includes it, PIM refuses every change.
              </MessageBarBody>
            </MessageBar>
          )}
          {children}
        </div>
      </div>
    </Page>
  );
}
