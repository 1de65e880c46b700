import { useEffect, useState, type ComponentType, type KeyboardEvent, type ReactElement } from 'react';

/** What the trigger needs to open a menu whose code has not arrived yet: the attributes Fluent's closed trigger has, and the ways to open it. */
export interface PendingTriggerProps {
  readonly 'aria-haspopup': 'menu';
  readonly onClick: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** What a menu loaded on demand receives: its open state, kept here, and the trigger to wrap in Fluent's MenuTrigger. */
export interface LoadedMenuProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly trigger: ReactElement;
}

type LoadedMenu<P> = ComponentType<P & LoadedMenuProps>;

interface OnDemandMenuProps<P> {
  /** Imports the menu; called when the browser is idle after the first paint, or at the first open if sooner. */
  readonly load: () => Promise<LoadedMenu<P>>;
  /** The trigger: given the props that open the menu until its code is here, none after (MenuTrigger adds its own). */
  readonly renderTrigger: (props: PendingTriggerProps | Record<string, never>) => ReactElement;
  readonly menuProps: P;
}

/** Runs `task` once the browser has nothing better to do; returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}

const NO_PROPS: Record<string, never> = {};

/**
 * A menu button whose menu is loaded on demand. Fluent's Menu (its popover, positioning and
 * focus handling) is about a tenth of the portal's first download, and no page needs it until
 * the learner opens one of the top bar's or the lab strip's menus; it is fetched when the browser
 * is idle after the first paint, so it is normally there by the first click.
 *
 * Until it has arrived the trigger stands alone, marked as a menu button, and opens the menu by
 * click, Enter, Space or Arrow Down as Fluent's trigger does. At the first open the loaded menu
 * replaces it and mounts open, as Fluent's `defaultOpen` does: Fluent moves focus into the menu,
 * and back to its trigger when it closes.
 */
export function OnDemandMenu<P extends object>({ load, renderTrigger, menuProps }: OnDemandMenuProps<P>) {
  const [menu, setMenu] = useState<{ readonly Component: LoadedMenu<P> } | null>(null);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);

  useEffect(() => whenIdle(() => void load().catch(() => undefined)), [load]);

  // A menu whose code can't be fetched fails like a page whose code can't: the route's error page says so.
  if (failure) throw failure.error;

  if (menu) return <menu.Component {...menuProps} open={open} onOpenChange={setOpen} trigger={renderTrigger(NO_PROPS)} />;

  const requestOpen = () => {
    if (open) return;
    setOpen(true);
    load().then(
      (Component) => setMenu({ Component }),
      (error: unknown) => setFailure({ error }),
    );
  };
  return renderTrigger({
    'aria-haspopup': 'menu',
    onClick: requestOpen,
    onKeyDown: (event) => {
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      requestOpen();
    },
  });
}
