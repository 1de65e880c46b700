import { useState } from 'react';
import { DIRECTORY_ERRORS, type TenantError } from '../../../../../tenant';
import { useTenantStore } from '../../../../tenant-context';

export type InviteField = 'email' | 'displayName';

/** Which field of the form a guest.invite error is about; the rest show above the form. */
const FIELD_OF_TARGET: Record<string, InviteField> = {
  invitedUserEmailAddress: 'email',
  proxyAddresses: 'email',
  userPrincipalName: 'email',
  invitedUserDisplayName: 'displayName',
};

export interface InviteGuestForm {
  readonly email: string;
  readonly displayName: string;
  readonly sendInvitationMessage: boolean;
  readonly reviewing: boolean;
  readonly fieldErrors: Partial<Record<InviteField, string>>;
  readonly error: TenantError | undefined;
  setEmail(value: string): void;
  setDisplayName(value: string): void;
  setSendInvitationMessage(on: boolean): void;
  review(): void;
  edit(): void;
  /** Sends guest.invite; returns the invited name on success. */
  invite(): string | undefined;
}

/** The invite form's behaviour: one guest.invite, its errors beside the fields they are about. */
export function useInviteGuest(): InviteGuestForm {
  const store = useTenantStore();
  const [email, setEmailValue] = useState('');
  const [displayName, setDisplayNameValue] = useState('');
  const [sendInvitationMessage, setSendInvitationMessage] = useState(true);
  const [reviewing, setReviewing] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<InviteField, string>>>({});
  const [error, setError] = useState<TenantError>();

  const review = () => {
    if (!email.trim()) {
      setFieldErrors({ email: DIRECTORY_ERRORS.emailRequired().message });
      return;
    }
    setReviewing(true);
  };

  const invite = () => {
    const result = store.send({
      type: 'guest.invite',
      invitedUserEmailAddress: email.trim(),
      ...(displayName.trim() ? { invitedUserDisplayName: displayName.trim() } : {}),
      sendInvitationMessage,
    });
    if (result.ok) return result.audit[0]?.targetResources[0]?.displayName ?? email.trim();
    const field = result.error.target ? FIELD_OF_TARGET[result.error.target] : undefined;
    // A field's problem is fixed on the form, so the form comes back with the message beside it.
    if (field) {
      setFieldErrors({ [field]: result.error.message });
      setReviewing(false);
      setError(undefined);
    } else setError(result.error);
    return undefined;
  };

  return {
    email,
    displayName,
    sendInvitationMessage,
    reviewing,
    fieldErrors,
    error,
    setEmail: (value) => {
      setEmailValue(value);
      setFieldErrors((current) => ({ ...current, email: undefined }));
    },
    setDisplayName: (value) => {
      setDisplayNameValue(value);
      setFieldErrors((current) => ({ ...current, displayName: undefined }));
    },
    setSendInvitationMessage,
    review,
    edit: () => setReviewing(false),
    invite,
  };
}
