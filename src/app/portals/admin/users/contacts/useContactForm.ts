import { useState } from 'react';
import { DIRECTORY_ERRORS, TENANT_ERRORS, type TenantError } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';
import { changesBetween, createCommand, fieldOfError, type ContactField, type ContactValues } from './contact-form';

export interface ContactForm {
  readonly values: ContactValues;
  readonly fieldErrors: Partial<Record<ContactField, string>>;
  readonly error: TenantError | undefined;
  set(field: ContactField, value: string): void;
  /** Sends contact.create (no contact given) or contact.update; true when the tenant took it. */
  submit(): boolean;
}

/** The Add a contact / Edit contact information form: one command, errors beside their fields. */
export function useContactForm(initial: ContactValues, contactId?: string): ContactForm {
  const store = useTenantStore();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [error, setError] = useState<TenantError>();

  const submit = () => {
    const missing: Partial<Record<ContactField, string>> = {};
    if (!values.displayName.trim()) missing.displayName = TENANT_ERRORS.displayNameRequired().message;
    if (!values.mail.trim()) missing.mail = DIRECTORY_ERRORS.emailRequired().message;
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return false;
    }
    const result =
      contactId === undefined
        ? store.send(createCommand(values))
        : store.send({ type: 'contact.update', contactId, changes: changesBetween(initial, values) });
    if (result.ok) return true;
    const field = fieldOfError(result.error);
    if (field) {
      setFieldErrors({ [field]: result.error.message });
      setError(undefined);
    } else setError(result.error);
    return false;
  };

  return {
    values,
    fieldErrors,
    error,
    set: (field, value) => {
      setValues((current) => ({ ...current, [field]: value }));
      setFieldErrors((current) => ({ ...current, [field]: undefined }));
    },
    submit,
  };
}
