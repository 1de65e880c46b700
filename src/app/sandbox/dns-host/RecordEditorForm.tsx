import { mergeClasses } from '@fluentui/react-components';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { DnsRecordType } from '../../../tenant';
import { useDnsHostStyles } from './dns-host-styles';
import { RECORD_TYPES, fieldHint, fieldLabel, type RecordField, type RecordForm } from './record-form';
import { useRecordEditor, type Editing } from './useRecordEditor';

export interface RecordEditorFormProps {
  readonly zone: string;
  readonly editing: Editing;
  readonly initial?: RecordForm;
  readonly onSaved: (message: string) => void;
  readonly onCancel: () => void;
}

/** Add or edit one record: type, then the fields that type has, each with its error beside it. */
export function RecordEditorForm({ zone, editing, initial, onSaved, onCancel }: RecordEditorFormProps) {
  const styles = useDnsHostStyles();
  const editor = useRecordEditor(zone, editing, initial, onSaved);
  const { form, fields } = editor;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens below the table; the keyboard starts at its first field it can change.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('select:not(:disabled), input')?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.save();
  };

  const input = (field: RecordField) => {
    const error = editor.fieldError(field);
    const hint = fieldHint(field, form.type);
    const describedBy = [error && `${id}-${field}-error`, hint && `${id}-${field}-hint`].filter(Boolean).join(' ') || undefined;
    // Values are the longest entries: a TXT value gets the whole row, a host name two columns.
    return (
      <div key={field} className={mergeClasses(styles.field, field === 'value' && (form.type === 'TXT' ? styles.wide : styles.double))}>
        <label htmlFor={`${id}-${field}`} className={styles.label}>
          {fieldLabel(field, form.type)}
        </label>
        <input
          id={`${id}-${field}`}
          className={mergeClasses(styles.input, error && styles.invalid)}
          value={form[field]}
          inputMode={['priority', 'ttl', 'weight', 'port'].includes(field) ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => editor.update({ [field]: event.target.value })}
        />
        {hint && (
          <span id={`${id}-${field}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-${field}-error`} className={styles.error}>
            {error}
          </span>
        )}
      </div>
    );
  };

  const title = editing.kind === 'add' ? 'Add record' : 'Edit record';
  return (
    <form ref={formRef} className={styles.panel} aria-label={title} onSubmit={submit} noValidate>
      <h3 className={styles.subheading}>{title}</h3>
      {editor.formError && (
        <p role="alert" className={styles.banner}>
          {editor.formError.message}
        </p>
      )}
      <div className={styles.form}>
        <div className={styles.field}>
          <label htmlFor={`${id}-type`} className={styles.label}>
            Type
          </label>
          <select
            id={`${id}-type`}
            className={styles.input}
            value={form.type}
            // Editing keeps the record's type: a host replaces a record of one type by deleting it.
            disabled={editing.kind === 'edit'}
            onChange={(event) => editor.update({ type: event.target.value as DnsRecordType })}
          >
            {RECORD_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        {fields.map(input)}
        <div className={styles.formActions}>
          <button type="submit" className={mergeClasses(styles.button, styles.primary)}>
            Save
          </button>
          <button type="button" className={styles.button} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </form>
  );
}
