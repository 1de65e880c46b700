import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Link } from 'react-router';
import { selectOrganizationName } from '../../views/organization';
import { useTenant } from '../tenant-context';
import { ConsoleButton } from '../tools/console/ConsoleButton';
import { AccountMenu } from './AccountMenu';
import { AppLauncher } from './AppLauncher';
import { HeaderSearch } from './HeaderSearch';
import type { Portal } from './portal';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', height: '48px', flexShrink: 0, color: '#ffffff' },
  title: {
    color: '#ffffff',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    padding: '0 8px',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: '-2px' },
  },
  spacer: { flex: 1 },
  organization: { fontSize: tokens.fontSizeBase300, whiteSpace: 'nowrap', padding: '0 12px', overflow: 'hidden', textOverflow: 'ellipsis' },
});

/** The portal's dark top bar: waffle, product name, search, organization and account. */
export function TopBar({ portal }: { portal: Portal }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const organization = useTenant(selectOrganizationName);
  return (
    <header className={mergeClasses(styles.bar, shared.onDark)} style={{ backgroundColor: portal.barColor }}>
      <AppLauncher />
      <Link to={portal.home.path} className={styles.title}>
        {portal.name}
      </Link>
      <div className={styles.spacer} />
      <HeaderSearch />
      <div className={styles.spacer} />
      <span className={styles.organization} title="Organization">
        {organization}
      </span>
      <ConsoleButton />
      <AccountMenu />
    </header>
  );
}
