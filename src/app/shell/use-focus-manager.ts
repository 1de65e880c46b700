import { useFocusFinders } from '@fluentui/react-components';

/**
 * Starts Fluent's focus manager (tabster) with the page's frame, before any dialog opens. The
 * top bar's menus used to start it on the first render; now that they load on demand, the first
 * dialog would start it, and a dialog that both starts it and closes into another page (the
 * player's Submit, which opens the results) leaves the whole page aria-hidden behind it.
 */
export function useFocusManager(): void {
  useFocusFinders();
}
