import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/**
 * The portal's confirmation on a list page once a pane has done its work ("Ada Lovelace was added
 * to your contacts."). The live region stays in the page while empty, so screen readers announce
 * the message when it appears.
 */
export function SuccessNotice({ message }: { readonly message: string | undefined }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
