import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Tenant, User, UserProfileChanges } from '../../../../../../tenant';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { selectUser } from '../panel/user-selectors';
import { ErrorBar, SuccessBar } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  wide: { gridColumn: '1 / -1' },
});

type ContactField =
  | 'givenName'
  | 'surname'
  | 'displayName'
  | 'jobTitle'
  | 'department'
  | 'officeLocation'
  | 'businessPhone'
  | 'faxNumber'
  | 'mobilePhone'
  | 'streetAddress'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'country';

/** The fields of the portal's "Manage contact information", in its order and words. */
const FIELDS: readonly { readonly id: ContactField; readonly label: string; readonly wide?: boolean; readonly required?: boolean }[] = [
  { id: 'givenName', label: 'First name' },
  { id: 'surname', label: 'Last name' },
  { id: 'displayName', label: 'Display name', wide: true, required: true },
  { id: 'jobTitle', label: 'Job title' },
  { id: 'department', label: 'Department' },
  { id: 'officeLocation', label: 'Office' },
  { id: 'businessPhone', label: 'Office phone' },
  { id: 'faxNumber', label: 'Fax number' },
  { id: 'mobilePhone', label: 'Mobile phone' },
  { id: 'streetAddress', label: 'Street address', wide: true },
  { id: 'city', label: 'City' },
  { id: 'state', label: 'State or province' },
  { id: 'postalCode', label: 'Zip or postal code' },
  { id: 'country', label: 'Country or region' },
];

type Values = Record<ContactField, string>;

function valuesOf(user: User): Values {
  const values = {} as Values;
  for (const { id } of FIELDS) values[id] = id === 'businessPhone' ? (user.businessPhones[0] ?? '') : ((user[id] as string | null | undefined) ?? '');
  return values;
}

/** Only the fields the admin changed; a cleared field is removed (null), a cleared phone empties the list. */
function changesBetween(before: Values, after: Values): UserProfileChanges {
  const changes: Record<string, string | null | readonly string[]> = {};
  for (const { id } of FIELDS) {
    const value = after[id].trim();
    if (value === before[id]) continue;
    if (id === 'businessPhone') changes.businessPhones = value ? [value] : [];
    else changes[id] = value === '' ? null : value;
  }
  return changes as UserProfileChanges;
}

export interface ContactInfoPaneProps {
  readonly userId: string;
  readonly onClose: () => void;
  readonly onBack?: () => void;
}

/** "Manage contact information": the user's profile, saved as one update of the fields changed. */
export function ContactInfoPane({ userId, onClose, onBack }: ContactInfoPaneProps) {
  const styles = useStyles();
  const store = useTenantStore();
  const user = useTenant(useCallback((tenant: Tenant) => selectUser(tenant, userId), [userId]));
  const [saved, setSaved] = useState<Values | null>(() => (user ? valuesOf(user) : null));
  const [values, setValues] = useState<Values | null>(saved);
  const [result, setResult] = useState<{ error?: string } | null>(null);
  if (!saved || !values) return null;
  const changes = changesBetween(saved, values);
  const dirty = Object.keys(changes).length > 0;

  const save = () => {
    const sent = store.send({ type: 'user.update', userId, changes });
    if (sent.ok) setSaved(values);
    setResult(sent.ok ? {} : { error: sent.error.message });
  };

  return (
    <PaneFrame
      title="Manage contact information"
      onClose={onClose}
      onBack={onBack}
      footer={
        <Button appearance="primary" disabled={!dirty || values.displayName.trim() === ''} onClick={save}>
          Save changes
        </Button>
      }
    >
      {result?.error && <ErrorBar message={result.error} />}
      {result && !result.error && !dirty && <SuccessBar message="Contact information saved." />}
      <div className={styles.fields}>
        {FIELDS.map((field) => (
          <Field key={field.id} label={field.label} required={field.required} className={field.wide ? styles.wide : undefined}>
            <Input value={values[field.id]} onChange={(_event, data) => setValues({ ...values, [field.id]: data.value })} />
          </Field>
        ))}
      </div>
    </PaneFrame>
  );
}
