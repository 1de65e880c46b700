import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageFallback } from './PageFallback';
import { PortalContext, type Portal } from './portal';
import { SideNav } from './SideNav';
import { MAIN_CONTENT_ID } from './SkipLink';
import { TopBar } from './TopBar';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  main: { flex: 1, minWidth: 0, overflow: 'auto', backgroundColor: tokens.colorNeutralBackground2, ':focus': { outline: 'none' } },
});

/**
 * A portal's frame (top bar, nav, main) around the page the route shows. Pages are loaded
 * lazily; the frame and the nav stay while one loads.
 */
export function PortalFrame({ portal }: { portal: Portal }) {
  const styles = useStyles();
  return (
    <PortalContext.Provider value={portal}>
      <div className={styles.frame}>
        <TopBar portal={portal} />
        <div className={styles.body}>
          <SideNav portal={portal} />
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
    </PortalContext.Provider>
  );
}
