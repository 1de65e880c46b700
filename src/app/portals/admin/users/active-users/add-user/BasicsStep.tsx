import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { rowsEqual } from '../../../../../../views/equality';
import { selectVerifiedDomains } from '../../../../../../views/user-creation';
import { useTenant } from '../../../../../tenant-context';
import { PasswordField } from './PasswordField';
import type { AddUserWizard } from './useAddUser';

const useStyles = makeStyles({
  names: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL },
  username: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto minmax(0, 1fr)', alignItems: 'start', gap: tokens.spacingHorizontalS },
  at: { paddingTop: '30px' },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
});

function fieldState(error: string | undefined) {
  return { validationMessage: error, validationState: error ? ('error' as const) : ('none' as const) };
}

/** "Set up the basics": names, username and domain, password. */
export function BasicsStep({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const domains = useTenant(selectVerifiedDomains, rowsEqual);
  const { form, errors, update, setNames, checkField } = wizard;
  return (
    <div className={styles.fields}>
      <div className={styles.names}>
        <Field label="First name" {...fieldState(errors.givenName)}>
          <Input value={form.givenName} maxLength={64} onChange={(_, data) => setNames({ givenName: data.value })} />
        </Field>
        <Field label="Last name" {...fieldState(errors.surname)}>
          <Input value={form.surname} maxLength={64} onChange={(_, data) => setNames({ surname: data.value })} />
        </Field>
      </div>
      <Field label="Display name" required {...fieldState(errors.displayName)}>
        <Input
          value={form.displayName}
          onChange={(_, data) => update({ displayName: data.value, displayNameEdited: true })}
          onBlur={() => checkField('displayName')}
        />
      </Field>
      <div className={styles.username}>
        <Field label="Username" required {...fieldState(errors.alias)}>
          <Input value={form.alias} onChange={(_, data) => update({ alias: data.value })} onBlur={() => checkField('alias')} autoComplete="off" />
        </Field>
        <span className={styles.at} aria-hidden>
          @
        </span>
        <Field label="Domains">
          <Select value={form.domain} onChange={(_, data) => update({ domain: data.value, alias: form.alias })}>
            {domains.map((domain) => (
              <option key={domain.name} value={domain.name}>
                {domain.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        label="Automatically create a password"
        checked={form.autoPassword}
        onChange={(_, data) => update({ autoPassword: data.checked === true, password: '' })}
      />
      {!form.autoPassword && (
        <PasswordField value={form.password} onChange={(password) => update({ password })} onBlur={() => checkField('password')} error={errors.password} />
      )}
      <Checkbox
        label="Require this user to change their password when they first sign in"
        checked={form.forceChangePassword}
        onChange={(_, data) => update({ forceChangePassword: data.checked === true })}
      />
    </div>
  );
}
