import { Text } from '@fluentui/react-components';
import { LabNote } from '../../../../../kit/LabNote';
import { UserBlade } from './UserBlade';

/**
 * Authentication methods: the sandbox doesn't model a user's methods (phone, Authenticator, FIDO2)
 * yet, so the page says so plainly rather than showing an empty list that would look real.
 */
export default function UserAuthMethodsPage() {
  return (
    <UserBlade section="authenticationMethods">
      {(details) => (
        <>
          <LabNote>
            Authentication methods aren't simulated yet: they arrive with the sign-in and access work (multifactor authentication, Conditional Access). Until then
            {` ${details.user.displayName}`} has no registered methods to view or require re-registration for.
          </LabNote>
          <Text>Usable authentication methods, system preferred multifactor authentication and the password reset methods appear here once sign-ins are simulated.</Text>
        </>
      )}
    </UserBlade>
  );
}
