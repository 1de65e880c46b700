import { makeStyles } from '@fluentui/react-components';
import { Outlet } from 'react-router';
import { LabStrip } from '../lab/LabStrip';
import { SkipLink } from './SkipLink';
import { useFocusManager } from './use-focus-manager';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
});

/** The page: the skip link, the sandbox's strip, then whichever portal the route is in. */
export function RootLayout() {
  const styles = useStyles();
  useFocusManager();
  return (
    <div className={styles.root}>
      <SkipLink />
      <LabStrip />
      <Outlet />
    </div>
  );
}
