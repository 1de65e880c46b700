import { useEffect, useRef } from 'react';

/**
 * Gives focus back to the button that opened an inline panel (a people picker inside a pane) when
 * the panel closes, as dialogs do for their trigger. Attach the returned ref to that button.
 */
export function useFocusReturn<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
