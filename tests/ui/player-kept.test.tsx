// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlayer } from './player-support';

/*
 * What an attempt's page keeps across a reload (the attempt opened again on a new page runtime
 * over the same browser profile): the hints the learner has revealed.
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
