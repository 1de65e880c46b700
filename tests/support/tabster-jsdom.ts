/*
 * Fluent's focus manager (tabster) hides everything outside the active modal with aria-hidden,
 * and works out which modal is active from focus events and timers. In jsdom on a loaded
 * machine those race: a drawer that has just opened can be marked aria-hidden itself, because
 * focus reached it before tabster had registered it as a modal, and nothing corrects it
 * (microsoft/fluentui#35139, microsoft/tabster#530 are the same family). Role queries then can't
 * see an open dialog that the user plainly sees. The browser suite checks the real behaviour
 * with axe in Chromium; here the topmost open dialog is kept in the accessibility tree.
 */
function revealTopmostDialog(): void {
  const dialogs = document.querySelectorAll('[role="dialog"], [role="alertdialog"]');
  const topmost = dialogs[dialogs.length - 1];
  if (topmost?.getAttribute('aria-hidden') === 'true') topmost.removeAttribute('aria-hidden');
}

export function keepTopmostDialogAccessible(): void {
  new MutationObserver(revealTopmostDialog).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-hidden'] });
}
