import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMatch } from 'react-router';
import { FOLLOWER_NOTICE } from '../../../storage';
import { RouterLink } from '../../shell/RouterLink';
import { useLabSession, useLabSessionState } from '../session-context';
import { RESULTS_PATH } from './player-paths';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  details: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * What the learner must know about saving, above the portal: storage failures (each until it is
 * dismissed, never on a timer), work kept in memory only, another tab holding the attempt, and a
 * finished attempt's read-only tenant.
 */
export function SessionMessages() {
  const styles = useStyles();
  const session = useLabSession();
  const { problems, unsaved, readOnly, attempt } = useLabSessionState();
  const onResults = useMatch(RESULTS_PATH) !== null;
  const finished = attempt.status !== 'inProgress';
  if (problems.length === 0 && !unsaved && readOnly !== FOLLOWER_NOTICE && !finished) return null;
  return (
    <div className={styles.group}>
      {problems.map((problem, index) => (
        <MessageBar key={index} intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Your work isn’t saved</MessageBarTitle>
            {problem.message}
            {problem.details.length > 0 && <span className={styles.details}>{problem.details.join(' ')}</span>}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={() => session.dismissProblem(problem)} />} />
        </MessageBar>
      ))}
      {unsaved && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This attempt isn’t being saved</MessageBarTitle>
            {unsaved.message} Until then, this attempt is kept in this tab only: reloading or closing the tab loses your work.
          </MessageBarBody>
        </MessageBar>
      )}
      {readOnly === FOLLOWER_NOTICE && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Open in another tab</MessageBarTitle>
            {FOLLOWER_NOTICE} This tab takes over when the other one closes.
          </MessageBarBody>
        </MessageBar>
      )}
      {finished && !onResults && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{attempt.status === 'submitted' ? 'This attempt is submitted' : 'This attempt has ended'}</MessageBarTitle>
            You can look around, but the tenant can’t be changed any more.{' '}
            {attempt.status === 'submitted' && (
              <RouterLink to={RESULTS_PATH} inline>
                See your results
              </RouterLink>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
