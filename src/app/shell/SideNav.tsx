import { Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, LineHorizontal3Regular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { Link, useLocation } from 'react-router';
import { activeNavPath, type NavLinkEntry, type NavSectionEntry, type Portal } from './portal';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    flexShrink: 0,
    width: '228px',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalL,
  },
  collapsed: { width: '48px', overflowX: 'hidden' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    width: '100%',
    minHeight: '36px',
    padding: '0 14px',
    boxSizing: 'border-box',
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    textDecorationLine: 'none',
    cursor: 'pointer',
    position: 'relative',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground3Pressed },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  child: { paddingLeft: '46px' },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '6px',
      bottom: '6px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  icon: { fontSize: '20px', flexShrink: 0, display: 'flex' },
  label: { flex: 1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  chevron: { fontSize: '12px', display: 'flex' },
  toggle: { minHeight: '44px' },
});

/**
 * The label of an icon in the collapsed rail. It wraps the row in both states, shown only when
 * collapsed, so collapsing and expanding never remounts the row and the keyboard focus stays.
 */
function RailTooltip({ label, collapsed, children }: { label: string; collapsed: boolean; children: ReactElement }) {
  const [visible, setVisible] = useState(false);
  return (
    <Tooltip content={label} relationship="inaccessible" positioning="after" visible={collapsed && visible} onVisibleChange={(_event, data) => setVisible(data.visible)}>
      {children}
    </Tooltip>
  );
}

interface RowProps {
  readonly collapsed: boolean;
  readonly activePath: string | undefined;
}

function NavLinkRow({ entry, collapsed, activePath, child }: RowProps & { entry: NavLinkEntry; child?: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const Icon = entry.icon;
  const { label } = entry;
  const current = entry.path === activePath;
  const link = (
    <Link
      to={entry.path}
      aria-current={current ? 'page' : undefined}
      className={mergeClasses(styles.row, child && styles.child, current && styles.current)}
    >
      {Icon && (
        <span className={styles.icon}>
          <Icon />
        </span>
      )}
      <span className={collapsed ? shared.visuallyHidden : styles.label}>{label}</span>
    </Link>
  );
  return (
    <li>
      <RailTooltip label={label} collapsed={collapsed}>
        {link}
      </RailTooltip>
    </li>
  );
}

function NavSectionRow({
  entry,
  collapsed,
  activePath,
  open,
  onToggle,
}: RowProps & { entry: NavSectionEntry; open: boolean; onToggle: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const Icon = entry.icon;
  const containsCurrent = entry.items.some((item) => item.path === activePath);
  const listId = `nav-section-${entry.id}`;
  const button = (
    <button
      type="button"
      className={mergeClasses(styles.row, collapsed && containsCurrent && styles.current)}
      aria-expanded={collapsed ? false : open}
      aria-controls={collapsed || !open ? undefined : listId}
      onClick={onToggle}
    >
      <span className={styles.icon}>
        <Icon />
      </span>
      <span className={collapsed ? shared.visuallyHidden : styles.label}>{entry.label}</span>
      {!collapsed && <span className={styles.chevron}>{open ? <ChevronDownRegular /> : <ChevronRightRegular />}</span>}
    </button>
  );
  return (
    <li>
      <RailTooltip label={entry.label} collapsed={collapsed}>
        {button}
      </RailTooltip>
      {!collapsed && open && (
        <ul id={listId} className={styles.list}>
          {entry.items.map((item) => (
            <NavLinkRow key={item.path} entry={item} collapsed={false} activePath={activePath} child />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The portal's left navigation. Sections open and close like the admin center's; the section
 * holding the current page starts open. The menu button narrows the nav to its icons, and a
 * section chosen there widens it again with that section open.
 */
export function SideNav({ portal }: { portal: Portal }) {
  const styles = useStyles();
  const { pathname } = useLocation();
  const activePath = activeNavPath(portal, pathname);
  const [collapsed, setCollapsed] = useState(false);
  /** Sections the learner opened or closed; the rest follow the current page. */
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());

  const isOpen = (section: NavSectionEntry) =>
    toggled.get(section.id) ?? section.items.some((item) => item.path === activePath);

  const toggleSection = (section: NavSectionEntry) => {
    const open = collapsed ? true : !isOpen(section);
    setToggled((previous) => new Map(previous).set(section.id, open));
    if (collapsed) setCollapsed(false);
  };

  const navId = `${portal.id}-nav-list`;
  return (
    <nav aria-label={portal.name} className={mergeClasses(styles.nav, collapsed && styles.collapsed)}>
      <Tooltip content={collapsed ? 'Expand navigation menu' : 'Collapse navigation menu'} relationship="label" positioning="after">
        <button
          type="button"
          className={mergeClasses(styles.row, styles.toggle)}
          aria-expanded={!collapsed}
          aria-controls={navId}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span className={styles.icon}>
            <LineHorizontal3Regular />
          </span>
        </button>
      </Tooltip>
      <ul id={navId} className={styles.list}>
        {portal.nav.map((entry) =>
          entry.kind === 'link' ? (
            <NavLinkRow key={entry.path} entry={entry} collapsed={collapsed} activePath={activePath} />
          ) : (
            <NavSectionRow
              key={entry.id}
              entry={entry}
              collapsed={collapsed}
              activePath={activePath}
              open={isOpen(entry)}
              onToggle={() => toggleSection(entry)}
            />
          ),
        )}
      </ul>
    </nav>
  );
}
