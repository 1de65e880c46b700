import { useDnsHostStyles } from '../dns-host/dns-host-styles';
import type { ServerMessage } from './use-server-command';

/** The outcome of the last operation, announced politely. */
export function ServerMessageLine({ message }: { readonly message: ServerMessage | null }) {
  const styles = useDnsHostStyles();
  return <div role="status">{message && <p className={message.ok ? styles.done : styles.banner}>{message.text}</p>}</div>;
}
