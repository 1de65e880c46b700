import { Field, Input, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { passwordError } from '../../../../../../tenant';

const useStyles = makeStyles({
  strength: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  bar: { maxWidth: '240px' },
});

/** "Weak" until the password meets Entra's rules (the core's own check), then "Strong". */
export function passwordStrength(password: string): 'Weak' | 'Strong' {
  return passwordError(password) ? 'Weak' : 'Strong';
}

export interface PasswordFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string;
}

/** "Password" with the strength meter the admin center shows under it while typing. */
export function PasswordField({ value, onChange, onBlur, error }: PasswordFieldProps) {
  const styles = useStyles();
  const strength = passwordStrength(value);
  return (
    <Field
      label="Password"
      required
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      hint={
        value
          ? {
              className: styles.strength,
              children: (
                <>
                  <ProgressBar className={styles.bar} thickness="large" value={strength === 'Strong' ? 1 : 0.3} color={strength === 'Strong' ? 'success' : 'error'} aria-hidden />
                  <span>Password strength: {strength}</span>
                </>
              ),
            }
          : 'Use 8 to 256 characters, with at least three of: lowercase letters, uppercase letters, numbers, symbols.'
      }
    >
      <Input type="password" value={value} onChange={(_, data) => onChange(data.value)} onBlur={onBlur} autoComplete="new-password" />
    </Field>
  );
}
