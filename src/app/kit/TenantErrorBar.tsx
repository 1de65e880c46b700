import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { TenantError } from '../../tenant';

/**
 * A rejected command, where the portal shows it: a red bar in the pane, dialog or step that sent
 * it, with the tenant's own message.
 */
export function TenantErrorBar({ error, title }: { readonly error: TenantError | null; readonly title?: string }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}
