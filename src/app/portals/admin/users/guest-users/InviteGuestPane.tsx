import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { Flyout, PaneFrame } from '../../../../kit/PaneFrame';
import { useInviteGuest } from './useInviteGuest';

const useStyles = makeStyles({
  lines: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/**
 * "Add a guest user" opens Microsoft Entra's "Invite external user" in the real admin center; the
 * sandbox draws that form here: Email, Display name, Send invite message, then "Review + invite".
 */
export function InviteGuestPane({ open, onClose, onInvited }: { open: boolean; onClose: () => void; onInvited: (name: string) => void }) {
  const styles = useStyles();
  const form = useInviteGuest();
  const emailInput = useRef<HTMLInputElement>(null);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const wasReviewing = useRef(false);
  // Review and form replace each other, taking the focused button away: focus goes to Invite on
  // the review, and back to Email when the tenant sent the learner back to fix it.
  useEffect(() => {
    if (wasReviewing.current === form.reviewing) return;
    wasReviewing.current = form.reviewing;
    (form.reviewing ? inviteButton.current : emailInput.current)?.focus();
  }, [form.reviewing]);
  const invite = () => {
    const name = form.invite();
    if (name !== undefined) onInvited(name);
  };
  return (
    <Flyout open={open} onClose={onClose}>
      <PaneFrame
        title="Invite external user"
        onClose={onClose}
        footer={
          form.reviewing ? (
            <>
              <Button ref={inviteButton} appearance="primary" onClick={invite}>
                Invite
              </Button>
              <Button onClick={form.edit}>Previous</Button>
            </>
          ) : (
            <>
              <Button appearance="primary" onClick={form.review}>
                Review + invite
              </Button>
              <Button onClick={onClose}>Cancel</Button>
            </>
          )
        }
      >
        <Text>Invite someone outside your organization to collaborate as a guest. They accept the invitation with an account of their own.</Text>
        {form.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The invitation wasn't sent.</MessageBarTitle>
              {form.error.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {form.reviewing ? (
          <section aria-label="Review">
            <dl className={styles.lines}>
              <div className={styles.pair}>
                <dt className={styles.term}>Email</dt>
                <dd className={styles.value}>{form.email.trim()}</dd>
              </div>
              <div className={styles.pair}>
                <dt className={styles.term}>Display name</dt>
                <dd className={styles.value}>{form.displayName.trim() || '(from the email address)'}</dd>
              </div>
              <div className={styles.pair}>
                <dt className={styles.term}>Send invite message</dt>
                <dd className={styles.value}>{form.sendInvitationMessage ? 'Yes' : 'No'}</dd>
              </div>
            </dl>
          </section>
        ) : (
          <>
            <Field label="Email" required validationMessage={form.fieldErrors.email} validationState={form.fieldErrors.email ? 'error' : 'none'}>
              <Input ref={emailInput} type="email" value={form.email} onChange={(_, data) => form.setEmail(data.value)} autoComplete="off" />
            </Field>
            <Field label="Display name" validationMessage={form.fieldErrors.displayName} validationState={form.fieldErrors.displayName ? 'error' : 'none'}>
              <Input value={form.displayName} maxLength={256} onChange={(_, data) => form.setDisplayName(data.value)} />
            </Field>
            <Checkbox label="Send invite message" checked={form.sendInvitationMessage} onChange={(_, data) => form.setSendInvitationMessage(data.checked === true)} />
          </>
        )}
      </PaneFrame>
    </Flyout>
  );
}
