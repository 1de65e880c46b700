import { useState } from 'react';
import type { Command } from '../../../tenant';
import { useTenantStore } from '../../tenant-context';

export interface ServerMessage {
  readonly ok: boolean;
  readonly text: string;
}

/** Sends a command from a server console and keeps the outcome to show: the console's own text on success, the server's refusal otherwise. */
export function useServerCommand() {
  const store = useTenantStore();
  const [message, setMessage] = useState<ServerMessage | null>(null);
  const run = (command: Command, success: string): boolean => {
    const result = store.send(command);
    setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: result.error.message });
    return result.ok;
  };
  return { run, message, setMessage };
}
