import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { StorageError } from '../../../storage';

/** A storage failure as the storage layer words it, with its details for the curious. */
export function StorageProblem({ error, title = 'Your saved work can’t be read here.' }: { error: StorageError; title?: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {error.message}
        {error.details.length > 0 && (
          <ul>
            {error.details.map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
