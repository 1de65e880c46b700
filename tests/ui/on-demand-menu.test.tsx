// @vitest-environment jsdom
import { FluentProvider, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnDemandMenu, type LoadedMenuProps } from '../../src/app/shell/OnDemandMenu';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface ColourMenuProps {
  readonly onPick: (colour: string) => void;
}

function ColourMenu({ onPick, open, onOpenChange, trigger }: ColourMenuProps & LoadedMenuProps) {
  return (
    <Menu open={open} onOpenChange={(_event, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {['Red', 'Green'].map((colour) => (
            <MenuItem key={colour} onClick={() => onPick(colour)}>
              {colour}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu's code that arrives when the test says so, counting how often it was asked for. */
function deferredLoad() {
  let deliver!: () => void;
  let fail!: (error: Error) => void;
  const arrived = new Promise<typeof ColourMenu>((resolve, reject) => {
    deliver = () => resolve(ColourMenu);
    fail = reject;
  });
  const loader = { calls: 0, deliver, fail, load: () => ((loader.calls += 1), arrived) };
  return loader;
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

function renderMenu(load: () => Promise<typeof ColourMenu>) {
  const picked: string[] = [];
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Boundary>
        <OnDemandMenu<ColourMenuProps>
          load={load}
          menuProps={{ onPick: (colour) => picked.push(colour) }}
          renderTrigger={(props) => (
            <button {...props} type="button">
              Colour
            </button>
          )}
        />
      </Boundary>
    </FluentProvider>,
  );
  return { user, picked, trigger: () => screen.getByRole('button', { name: 'Colour' }) };
}

describe('a menu loaded on demand', () => {
  it('is a menu button before its code arrives, and fetches the code when the browser is idle', async () => {
    const loader = deferredLoad();
    const { trigger } = renderMenu(loader.load);
    expect(trigger()).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger()).not.toHaveAttribute('aria-expanded');
    await waitFor(() => expect(loader.calls).toBe(1));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  // jsdom has no layout, so Fluent's focus manager moves focus nowhere; the browser tests check where focus goes.
  it('opens at the first click once the code is there, then closes and opens again as a Fluent menu', async () => {
    const loader = deferredLoad();
    const { user, trigger, picked } = renderMenu(loader.load);
    await user.click(trigger());
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    loader.deliver();
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Red', 'Green']);
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');

    await user.click(trigger());
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(trigger()).not.toHaveAttribute('aria-expanded');

    await user.click(trigger());
    await user.click(await screen.findByRole('menuitem', { name: 'Green' }));
    expect(picked).toEqual(['Green']);
  });

  it('opens from the keyboard with Arrow Down, as a menu button does', async () => {
    const loader = deferredLoad();
    loader.deliver();
    const { user, trigger } = renderMenu(loader.load);
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('menuitem', { name: 'Red' })).toBeInTheDocument();
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
  });

  it('fails like a page whose code cannot be fetched: the error reaches the error boundary', async () => {
    // React reports what the boundary caught; the page's error boundary is what the learner sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loader = deferredLoad();
    const { user, trigger } = renderMenu(loader.load);
    await user.click(trigger());
    loader.fail(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
  });
});
