// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlayer } from './player-support';

/*
 * An attempt's page opened again on a new page runtime over the same browser profile: after a
 * reload it keeps the hints the learner revealed; in a second tab, which only follows, its forms
 * are disabled.
 */

afterEach(() => {
  localStorage.clear();
});

const pane = () => screen.getByRole('complementary', { name: 'Task' });

describe('a reloaded attempt', () => {
  it('keeps a revealed hint revealed, and offers the next one', async () => {
    const first = await renderPlayer('onboard-licensed-user');
    const [hint] = first.session.instance!.hints;
    await first.user.click(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(within(pane()).getByText(hint!)).toBeInTheDocument();
    first.unmount();
    first.session.close();

    await renderPlayer('onboard-licensed-user', { browser: first.browser, attemptId: first.attemptId });
    expect(await within(pane()).findByText(hint!)).toBeInTheDocument();
    expect(within(pane()).getByRole('button', { name: 'Show another hint (2 of 2)' })).toBeInTheDocument();
  });

  it('keeps hints apart between attempts: another attempt starts with none shown', async () => {
    const first = await renderPlayer('onboard-licensed-user');
    await first.user.click(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    first.unmount();
    first.session.close();

    await renderPlayer('onboard-licensed-user', { browser: first.browser });
    expect(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' })).toBeInTheDocument();
  });
});

describe('a second tab on the attempt', () => {
  it('disables the portal’s form fields, not only Save, and keeps search and the lab’s controls usable', async () => {
    const first = await renderPlayer('onboard-licensed-user');
    first.unmount();
    await renderPlayer('onboard-licensed-user', { browser: first.browser, attemptId: first.attemptId, path: '/admin/users/add' });
    expect(screen.getByText('Open in another tab')).toBeInTheDocument();
    const displayName = await screen.findByRole('textbox', { name: /^Display name/ });
    await waitFor(() => expect(displayName).toBeDisabled());
    expect(screen.getByRole('textbox', { name: /^Username/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Automatically create a password' })).toBeDisabled();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeEnabled();
    expect(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' })).toBeEnabled();
  });

  it('leaves the forms alone in the tab that writes', async () => {
    await renderPlayer('onboard-licensed-user', { path: '/admin/users/add' });
    expect(await screen.findByRole('textbox', { name: /^Display name/ })).toBeEnabled();
  });
});
