import { Button, Checkbox, Field, Input, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { CopyRegular, EyeOffRegular, EyeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { getById, passwordError } from '../../../../../../tenant';
import { ErrorBar, OutcomeList, useRunForEach, type Outcome } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { useTargets } from './useTargets';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  password: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

const RULES =
  'Strong passwords are required. Use 8 to 256 characters with at least three of these: uppercase letters, lowercase letters, numbers and symbols.';

export interface ResetPasswordPaneProps {
  readonly userIds: readonly string[];
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/** "Reset password": a generated or typed password, then "Password has been reset" with it shown once. */
export function ResetPasswordPane({ userIds, onClose, onBack }: ResetPasswordPaneProps) {
  const styles = useStyles();
  const targets = useTargets(userIds);
  const runForEach = useRunForEach();
  const [automatic, setAutomatic] = useState(true);
  const [password, setPassword] = useState('');
  const [forceChange, setForceChange] = useState(true);
  const [outcomes, setOutcomes] = useState<readonly Outcome[] | null>(null);
  const strong = passwordError(password) === undefined;
  const succeeded = outcomes?.filter((outcome) => !outcome.error) ?? [];
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];

  const reset = () => {
    const results = runForEach(targets, (target) => ({
      type: 'user.resetPassword',
      userId: target.id,
      ...(automatic ? {} : { password }),
      forceChangePasswordNextSignIn: forceChange,
    }));
    setOutcomes(results);
  };

  if (outcomes && succeeded.length > 0) {
    return (
      <PaneFrame
        title="Password has been reset"
        onClose={onClose}
        onBack={onBack}
        footer={
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        }
      >
        {failed.length > 0 && <OutcomeList outcomes={failed} success="" />}
        {succeeded.map((outcome) => (
          <NewPassword key={outcome.userId} outcome={outcome} />
        ))}
        {forceChange && <Text className={styles.muted}>They'll be asked to change it when they next sign in.</Text>}
      </PaneFrame>
    );
  }

  const names = targets.map((target) => target.displayName).join(', ');
  return (
    <PaneFrame
      title="Reset password"
      onClose={onClose}
      onBack={onBack}
      footer={
        <Button appearance="primary" disabled={targets.length === 0 || (!automatic && !strong)} onClick={reset}>
          Reset password
        </Button>
      }
    >
      {failed.length === 1 && targets.length === 1 && <ErrorBar message={failed[0]!.error!} />}
      {failed.length > 0 && targets.length > 1 && <OutcomeList outcomes={failed} success="" />}
      <Text>{targets.length > 1 ? `Reset the passwords of ${names}.` : `Reset the password of ${names}.`}</Text>
      <div className={styles.form}>
        <Checkbox label="Automatically create a password" checked={automatic} onChange={(_event, data) => setAutomatic(data.checked === true)} />
        {!automatic && <PasswordField value={password} onChange={setPassword} strong={strong} />}
        <Checkbox
          label="Require this user to change their password when they first sign in"
          checked={forceChange}
          onChange={(_event, data) => setForceChange(data.checked === true)}
        />
      </div>
    </PaneFrame>
  );
}

function PasswordField({ value, onChange, strong }: { value: string; onChange: (value: string) => void; strong: boolean }) {
  const [shown, setShown] = useState(false);
  const strength = value === '' ? undefined : strong ? 'Strong' : 'Weak';
  return (
    <>
      <Field label="Password" required hint={RULES} validationState={strength === 'Weak' ? 'error' : 'none'}>
        <Input
          type={shown ? 'text' : 'password'}
          value={value}
          autoComplete="new-password"
          onChange={(_event, data) => onChange(data.value)}
          contentAfter={
            <Button
              appearance="transparent"
              size="small"
              icon={shown ? <EyeOffRegular /> : <EyeRegular />}
              aria-label={shown ? 'Hide password' : 'Show password'}
              onClick={() => setShown(!shown)}
            />
          }
        />
      </Field>
      {strength && (
        <Field validationMessage={`Password strength: ${strength}`} validationState={strong ? 'success' : 'error'}>
          <ProgressBar value={strong ? 1 : 0.3} color={strong ? 'success' : 'error'} thickness="large" aria-label="Password strength" />
        </Field>
      )}
    </>
  );
}

/** One reset user's new password, hidden until "Show", with "Copy". */
function NewPassword({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const password = (outcome.tenant && getById(outcome.tenant.directory.users, outcome.userId)?.passwordProfile.password) ?? '';
  const copy = async () => {
    await navigator.clipboard?.writeText(password);
    setCopied(true);
  };
  return (
    <div className={styles.result}>
      <Text weight="semibold">{outcome.displayName}</Text>
      <Text className={styles.muted}>{outcome.userPrincipalName}</Text>
      <span className={styles.password}>
        <span>Password: {shown ? password : '••••••••'}</span>
        <Button size="small" icon={shown ? <EyeOffRegular /> : <EyeRegular />} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
        </Button>
        <Button size="small" icon={<CopyRegular />} onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </span>
    </div>
  );
}
