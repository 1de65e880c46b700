import { makeStyles } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { LabStrip } from '../lab/LabStrip';
import { useOptionalLabSession } from '../lab/session-context';
import { SkipLink } from './SkipLink';
import { useFocusManager } from './use-focus-manager';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
});

// Loaded with the free play the page opens (src/app/lab/player/start.tsx), not with the first download.
const FreePlayChrome = lazy(() => import('../lab/FreePlayChrome'));

/**
 * The page: the skip link, the sandbox's strip (with free play's controls when the demo tenant is
 * kept as free play), then whichever portal the route is in.
 */
export function RootLayout() {
  const styles = useStyles();
  useFocusManager();
  const session = useOptionalLabSession();
  return (
    <div className={styles.root}>
      <SkipLink />
      {session ? (
        <Suspense fallback={<LabStrip />}>
          <FreePlayChrome />
        </Suspense>
      ) : (
        <LabStrip />
      )}
      <Outlet />
    </div>
  );
}
