import { useEffect } from 'react';

/** The portal's form fields: what a learner types or ticks to change the tenant. */
const FIELDS = 'input, select, textarea, button[role="combobox"], button[role="switch"]';

/**
 * Fields that only find or filter (search boxes), and Tenant Lab's own controls (the strip, the
 * task pane, the lab's dialogs), stay usable: reading the tenant is what a follower tab is for.
 */
const KEPT = 'input[type="search"], [role="search"] *, section[aria-label="Tenant Lab"] *, #lab-task-pane *, [role="alertdialog"] *';

/** Marks the fields this hook disabled, so it gives back only those. */
const MARK = 'data-lab-read-only';

function disableField(field: HTMLInputElement): void {
  if (field.disabled || field.matches(KEPT)) return;
  field.disabled = true;
  field.setAttribute(MARK, '');
}

/** Disables the fields in `root`, and `root` itself when it is one. */
function disable(root: Element): void {
  if (root.matches(FIELDS)) disableField(root as HTMLInputElement);
  for (const field of root.querySelectorAll<HTMLInputElement>(FIELDS)) disableField(field);
}

function enable(): void {
  for (const field of document.querySelectorAll<HTMLInputElement>(`[${MARK}]`)) {
    field.disabled = false;
    field.removeAttribute(MARK);
  }
}

/**
 * While the tenant is read-only here (another tab has the attempt, or it has ended), the portal's
 * form fields are disabled as they appear, flyouts and panes included, so the learner sees at once
 * that nothing can be changed here rather than finding out at Save. The pages themselves don't
 * need to know: the session says it, and this applies it to whatever they render.
 */
export function useReadOnlyForms(readOnly: boolean): void {
  useEffect(() => {
    if (!readOnly) return;
    disable(document.body);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) disable(node);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      enable();
    };
  }, [readOnly]);
}
