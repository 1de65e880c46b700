import { makeStyles } from '@fluentui/react-components';
import { Outlet } from 'react-router';
import { LabStrip } from '../lab/LabStrip';
import { SkipLink } from './SkipLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
});

/** The page: the skip link, the sandbox's strip, then whichever portal the route is in. */
export function RootLayout() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SkipLink />
      <LabStrip />
      <Outlet />
    </div>
  );
}
