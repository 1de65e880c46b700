import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { isStorageError } from '../../../storage';
import { AttemptOpenError } from '../../../session/lab-runtime';
import { LAB_HOME } from './player-paths';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
});

/** Why an attempt could not be opened, in plain words, with the way back to the lab. */
export function OpenFailure({ error }: { error: unknown }) {
  const styles = useStyles();
  const known = isStorageError(error) || error instanceof AttemptOpenError;
  const message = known ? error.message : `Tenant Lab could not open this attempt (${error instanceof Error ? error.message : String(error)}).`;
  const details = known ? error.details : [];
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>This attempt can’t be opened</MessageBarTitle>
          {message}
          {details.length > 0 && (
            <ul className={styles.details}>
              {details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      <Link href={LAB_HOME}>Go to the lab’s scenarios</Link>
    </main>
  );
}
