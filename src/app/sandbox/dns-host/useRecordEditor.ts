import { useState } from 'react';
import type { TenantError } from '../../../tenant';
import { useTenantStore } from '../../tenant-context';
import { EMPTY_FORM, FIELDS_BY_TYPE, recordInput, type RecordField, type RecordForm } from './record-form';

/** Which record the form is for: a new one, or the record with this id. */
export type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly recordId: string };

/**
 * The DNS host's record form: its fields, and Save sending `dns.addRecord` or
 * `dns.updateRecord`. The host's refusal goes beside the field it names, or above the form.
 */
export function useRecordEditor(zone: string, editing: Editing, initial: RecordForm = EMPTY_FORM, onSaved: (message: string) => void) {
  const store = useTenantStore();
  const [form, setForm] = useState<RecordForm>(initial);
  const [error, setError] = useState<TenantError | null>(null);

  const update = (changes: Partial<RecordForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setError(null);
  };

  const save = () => {
    const record = recordInput(form);
    const result =
      editing.kind === 'add'
        ? store.send({ type: 'dns.addRecord', zone, record })
        : store.send({ type: 'dns.updateRecord', zone, recordId: editing.recordId, record });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSaved(editing.kind === 'add' ? `${form.type} record added to ${zone}.` : `${form.type} record updated.`);
  };

  const fields = FIELDS_BY_TYPE[form.type];
  const fieldError = (field: RecordField) => (error?.target === field ? error.message : undefined);
  const formError = error && !fields.includes(error.target as RecordField) ? error : null;
  return { form, update, save, fields, fieldError, formError };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;
