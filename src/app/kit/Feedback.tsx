import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';

/** What the last action in a pane or page came to: the portal's confirmation, or the tenant's refusal. */
export interface Feedback {
  readonly ok: boolean;
  readonly title?: string;
  readonly message: string;
}

export function FeedbackBar({ feedback }: { readonly feedback: Feedback | null }) {
  if (!feedback) return null;
  return (
    <MessageBar intent={feedback.ok ? 'success' : 'error'} layout="multiline" politeness={feedback.ok ? 'polite' : 'assertive'}>
      <MessageBarBody>
        {feedback.title && <MessageBarTitle>{feedback.title}</MessageBarTitle>}
        {feedback.message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** How one user, group or unit fared in an action taken on several at once. */
export interface ItemOutcome {
  readonly id: string;
  readonly name: string;
  /** The tenant's message when it refused; null when it succeeded. */
  readonly error: string | null;
}

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: '2px' },
  failed: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
});

/**
 * The per-item results, as the admin center lists them after an action on several users: one
 * refusal (no usage location, no licenses left) leaves the others done.
 */
export function OutcomeList({ outcomes, success, label = 'Results' }: { readonly outcomes: readonly ItemOutcome[]; readonly success: string; readonly label?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {outcomes.map((outcome) => (
        <li key={outcome.id} className={styles.item}>
          {outcome.error ? <ErrorCircleRegular className={styles.failed} aria-hidden /> : <CheckmarkCircleRegular className={styles.ok} aria-hidden />}
          <span>
            <strong>{outcome.name}</strong>: {outcome.error ?? success}
          </span>
        </li>
      ))}
    </ul>
  );
}
