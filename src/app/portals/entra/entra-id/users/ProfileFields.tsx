import { Combobox, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { usageLocations } from '../../../admin/users/active-users/add-user/countries';
import { LabNote } from '../../../../kit/LabNote';
import { ManagerField } from './ManagerField';
import { USER_SECTIONS, type EditableField, type FieldValues } from './user-fields';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, border: 'none' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, padding: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingVerticalM },
});

export interface ProfileFieldsProps {
  readonly values: FieldValues;
  readonly errors: Partial<Record<EditableField, string>>;
  readonly onChange: (changes: FieldValues) => void;
  /** Sections to show, by id; all when left out. */
  readonly sections?: readonly string[];
  /** Fields another tab already asks for (New user's Basics asks for the display name). */
  readonly skip?: readonly EditableField[];
  /** What read-only fields show, by label (User type on New user). */
  readonly readOnly?: Readonly<Record<string, string>>;
  /** Job information's Manager, set with its own command (user.setManager). */
  readonly manager?: { readonly value: string | null; readonly onChange: (id: string | null) => void; readonly exclude?: string; readonly error?: string };
}

function UsageLocation({ value, error, onChange }: { readonly value: string; readonly error?: string; readonly onChange: (code: string) => void }) {
  const countries = usageLocations();
  const name = countries.find((country) => country.code === value)?.name ?? value;
  return (
    <Field label="Usage location" validationMessage={error}>
      <Combobox placeholder="Select a location" value={name} selectedOptions={value ? [value] : []} onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}>
        {countries.map((country) => (
          <Option key={country.code} value={country.code}>
            {country.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

/**
 * The editable properties of a user, in the portal's sections. Parental controls and On-premises
 * show what the sandbox doesn't model or what only sync writes, as read-only.
 */
export function ProfileFields({ values, errors, onChange, sections, skip = [], readOnly = {}, manager }: ProfileFieldsProps) {
  const styles = useStyles();
  return (
    <>
      {USER_SECTIONS.filter((section) => !sections || sections.includes(section.id)).map((section) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.title}>{section.title}</legend>
          {section.id === 'parental' && <LabNote>Age group and minor consent are not simulated: the sandbox's users are all adults.</LabNote>}
          {section.id === 'onPremises' && <LabNote>On-premises properties are written by directory synchronization, never edited here.</LabNote>}
          <div className={styles.grid}>
            {section.fields.map((field) => {
              if (!field.key) {
                const shown = readOnly[field.label];
                return shown === undefined ? null : (
                  <Field key={field.label} label={field.label}>
                    <Input value={shown} readOnly />
                  </Field>
                );
              }
              const key = field.key;
              if (skip.includes(key)) return null;
              if (key === 'usageLocation') return <UsageLocation key={key} value={values.usageLocation ?? ''} error={errors.usageLocation} onChange={(code) => onChange({ usageLocation: code })} />;
              return (
                <Field key={key} label={field.label} validationMessage={errors[key]}>
                  <Input value={values[key] ?? ''} onChange={(_, data) => onChange({ [key]: data.value })} />
                </Field>
              );
            })}
            {section.id === 'job' && manager && <ManagerField {...manager} />}
          </div>
        </fieldset>
      ))}
    </>
  );
}
