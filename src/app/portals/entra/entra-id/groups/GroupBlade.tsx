import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { useHref, useLinkClickHandler, useParams } from 'react-router';
import { detailsEqual, groupDetailsSelector, type GroupDetails } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { entraGroupPath, entraPaths, type BladeSection } from '../../paths';

interface SectionEntry {
  readonly id: BladeSection;
  readonly label: string;
  /** Shown only for some groups ("Dynamic membership rules" for dynamic groups). */
  readonly showFor?: (group: GroupDetails) => boolean;
}

const SECTIONS: readonly SectionEntry[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'properties', label: 'Properties' },
  { id: 'members', label: 'Members' },
  { id: 'owners', label: 'Owners' },
  { id: 'licenses', label: 'Licenses' },
  { id: 'dynamicRules', label: 'Dynamic membership rules', showFor: (group) => group.membershipType === 'Dynamic' },
];

const useStyles = makeStyles({
  subtitle: { marginTop: `calc(-1 * ${tokens.spacingVerticalM})`, color: tokens.colorNeutralForeground3 },
  layout: { display: 'grid', gridTemplateColumns: '200px 1fr', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
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

/** The group being shown by a blade route, from its `:groupId`. */
export function useBladeGroup(): { readonly groupId: string; readonly group: GroupDetails | undefined } {
  const groupId = useParams().groupId ?? '';
  const group = useTenant(
    useMemo(() => groupDetailsSelector(groupId), [groupId]),
    detailsEqual,
  );
  return { groupId, group };
}

/**
 * A group's blade in the Entra admin center: "<Name> | <Section>" with the blade's menu on the
 * left (Overview, Properties, Members, Owners, Licenses, Dynamic membership rules).
 */
export function GroupBlade({ section, children }: { readonly section: BladeSection; readonly children: (group: GroupDetails) => ReactNode }) {
  const styles = useStyles();
  const { groupId, group } = useBladeGroup();
  const entry = SECTIONS.find((each) => each.id === section)!;
  const trail = [{ label: 'Groups | All groups', to: entraPaths.groups }];
  if (!group) {
    return (
      <Page title="Group not found" trail={trail}>
        <Text>This group doesn't exist, or it was deleted.</Text>
      </Page>
    );
  }
  return (
    <Page title={`${group.displayName} | ${entry.label}`} trail={trail}>
      <Text className={styles.subtitle}>Group</Text>
      <div className={styles.layout}>
        <nav aria-label={`${group.displayName} menu`}>
          <ul className={styles.menu}>
            {SECTIONS.filter((each) => !each.showFor || each.showFor(group)).map((each) => (
              <li key={each.id}>
                <MenuLink to={entraGroupPath(groupId, each.id)} current={each.id === section}>
                  {each.label}
                </MenuLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.content}>{children(group)}</div>
      </div>
    </Page>
  );
}
