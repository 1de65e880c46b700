import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { Page, type Crumb } from '../../../../shell/Page';

const useStyles = makeStyles({
  subtitle: { marginTop: `calc(-1 * ${tokens.spacingVerticalM})`, color: tokens.colorNeutralForeground3 },
  layout: { display: 'grid', gridTemplateColumns: '200px minmax(0, 1fr)', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  menu: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    borderLeft: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, fontWeight: tokens.fontWeightSemibold },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface BladeMenuItem {
  readonly label: string;
  readonly to: string;
}

function MenuLink({ to, current, children }: { readonly to: string; readonly current: boolean; readonly children: ReactNode }) {
  const styles = useStyles();
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a href={href} onClick={onClick} className={mergeClasses(styles.link, current && styles.current)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

export interface BladeLayoutProps {
  /** "<Name> | <Section>", as the portal titles a blade. */
  readonly title: string;
  /** The kind of object under the title ("User"). */
  readonly subtitle?: string;
  readonly trail: readonly Crumb[];
  /** The blade menu's accessible name. */
  readonly menuLabel: string;
  readonly menu: readonly BladeMenuItem[];
  readonly current: string;
  readonly children: ReactNode;
}

/** A blade of the Entra admin center: its title, and its menu on the left of the content. */
export function BladeLayout({ title, subtitle, trail, menuLabel, menu, current, children }: BladeLayoutProps) {
  const styles = useStyles();
  return (
    <Page title={title} trail={trail}>
      {subtitle && <Text className={styles.subtitle}>{subtitle}</Text>}
      <div className={styles.layout}>
        <nav aria-label={menuLabel}>
          <ul className={styles.menu}>
            {menu.map((item) => (
              <li key={item.to}>
                <MenuLink to={item.to} current={item.to === current}>
                  {item.label}
                </MenuLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.content}>{children}</div>
      </div>
    </Page>
  );
}
