import { makeStyles } from '@fluentui/react-components';
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

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  // The portal's frame fills what the task pane leaves.
  portal: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, minHeight: 0 },
});

/**
 * The player: the lab strip with the attempt's controls, any message about saving, and the
 * admin centers beside the task pane. Free play has no task, so no pane.
 */
export function PlayerLayout() {
  useFocusManager();
  const styles = useStyles();
  const session = useLabSession();
  const state = useLabSessionState();
  const onResults = useMatch(RESULTS_PATH) !== null;
  usePlayerLifecycle(session, state.pending);
  return (
    <div className={styles.root}>
      <SkipLink />
      <LabStrip>
        <AttemptStripControls />
      </LabStrip>
      <SessionMessages />
      <div className={styles.body}>
        <div className={styles.portal}>
          <Outlet />
        </div>
        {session.instance && !onResults && <TaskPane instance={session.instance} />}
      </div>
    </div>
  );
}
