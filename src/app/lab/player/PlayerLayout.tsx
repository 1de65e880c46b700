import { makeStyles, PortalMountNodeProvider } from '@fluentui/react-components';
import { useState } from 'react';
import { Outlet, useMatch } from 'react-router';
import { SkipLink } from '../../shell/SkipLink';
import { useFocusManager } from '../../shell/use-focus-manager';
import { LabStrip } from '../LabStrip';
import { useLabSession, useLabSessionState } from '../session-context';
import { AttemptStripControls } from './AttemptStripControls';
import { RESULTS_PATH } from './player-paths';
import { SessionMessages } from './SessionMessages';
import { TaskPane } from './task-pane/TaskPane';
import { usePlayerLifecycle } from './usePlayerLifecycle';
import { useReadOnlyForms } from '../useReadOnlyForms';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  // The portal's frame fills what the task pane leaves. Layout containment makes it the box that
  // fixed-position overlays (flyouts, panes, dialogs) fill, so they open beside the task, not over it.
  portal: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, minHeight: 0, position: 'relative', contain: 'layout' },
});

/**
 * The player: the lab strip with the attempt's controls, any message about saving, and the
 * admin centers beside the task pane, their flyouts opening within their own column. Free play
 * has no task, so no pane.
 */
export function PlayerLayout() {
  useFocusManager();
  const styles = useStyles();
  const session = useLabSession();
  const state = useLabSessionState();
  const onResults = useMatch(RESULTS_PATH) !== null;
  usePlayerLifecycle(session, state.pending);
  useReadOnlyForms(state.readOnly !== null);
  // Where Fluent mounts the portal's overlays: inside the portal's column rather than the page's body.
  const [portalColumn, setPortalColumn] = useState<HTMLDivElement | null>(null);
  const withPane = session.instance !== null && !onResults;
  return (
    <div className={styles.root}>
      <SkipLink />
      <LabStrip>
        <AttemptStripControls />
      </LabStrip>
      <SessionMessages />
      <div className={styles.body}>
        <div ref={setPortalColumn} className={styles.portal}>
          <PortalMountNodeProvider value={withPane ? (portalColumn ?? undefined) : undefined}>
            <Outlet />
          </PortalMountNodeProvider>
        </div>
        {withPane && session.instance && <TaskPane instance={session.instance} />}
      </div>
    </div>
  );
}
