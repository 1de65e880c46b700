// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findDialog, freshLab, renderLab, score, seedAttempt } from './catalog-support';

function card(title: string | RegExp) {
  return screen.getByRole('article', { name: title });
}

describe('the scenario catalog', () => {
  it('lists the scenarios by skill area with difficulty, minutes and no score before any attempt', async () => {
    renderLab('/lab');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenario catalog' })).toBeInTheDocument();
    const roles = await screen.findByRole('region', { name: 'Manage roles in Microsoft 365' });
    const helpdesk = within(roles).getByRole('article', { name: 'Just enough admin for the service desk' });
    expect(within(helpdesk).getByText('Intermediate')).toBeInTheDocument();
    expect(within(helpdesk).getByText(/About 8 min/)).toBeInTheDocument();
    expect(within(helpdesk).getByText('No score yet')).toBeInTheDocument();
    expect(within(helpdesk).getByText('Not started')).toBeInTheDocument();
    expect(within(helpdesk).getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('shows the best submitted score and the status from stored attempts', async () => {
    const runtime = freshLab();
    await seedAttempt(runtime, 'blocked-sign-in', score(2, 6));
    await seedAttempt(runtime, 'blocked-sign-in', score(5, 6));
    await seedAttempt(runtime, 'invite-guest', score(1, 4));
    await seedAttempt(runtime, 'restore-deleted-user');
    renderLab('/lab', runtime);
    const blocked = await screen.findByRole('article', { name: '"I can\'t sign in"' });
    expect(within(blocked).getByText('Best score 83%')).toBeInTheDocument();
    expect(within(blocked).getByText('Passed')).toBeInTheDocument();
    expect(within(blocked).getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    const guest = card('Bring a partner into a team as a guest');
    expect(within(guest).getByText('Best score 25%')).toBeInTheDocument();
    expect(within(guest).getByText('Not passed yet')).toBeInTheDocument();
    const restore = card('Bring back a user deleted by mistake, with their license');
    expect(within(restore).getByText('In progress')).toBeInTheDocument();
    expect(within(restore).getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('narrows the list by skill area, difficulty, status and search, and keeps the filters in the address', async () => {
    const runtime = freshLab();
    await seedAttempt(runtime, 'blocked-sign-in', score(6, 6));
    const { user, router } = renderLab('/lab', runtime);
    await screen.findByRole('article', { name: 'Just enough admin for the service desk' });
    expect(screen.getByText('36 scenarios')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Skill area' }), 'roles');
    expect(screen.getByText('Showing 5 of 36 scenarios')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: '"I can\'t sign in"' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?area=roles');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'advanced');
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('aria-labelledby'))).toEqual(['scenario-au-scoped-helpdesk-title']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Skill area' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'passed');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article', { name: '"I can\'t sign in"' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'guest partner');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article', { name: 'Bring a partner into a team as a guest' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such thing');
    expect(screen.getByText(/No scenario matches/)).toBeInTheDocument();
  });

  it('opens with the filters a link carries', async () => {
    renderLab('/lab?area=tenant&q=domain');
    expect(await screen.findByRole('article', { name: 'Add a custom domain and make it the default' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Skill area' })).toHaveValue('tenant');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('domain');
  });

  it('starts a practice attempt and continues it', async () => {
    const runtime = freshLab();
    const { user, router } = renderLab('/lab', runtime);
    const card = await screen.findByRole('article', { name: 'A forgotten password at the helpdesk' });
    await user.click(within(card).getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/lab\/attempts\/./));
    const { attempts } = await runtime.listAttempts();
    expect(attempts.map((attempt) => [attempt.scenarioId, attempt.mode, attempt.status])).toEqual([['reset-password-helpdesk', 'practice', 'inProgress']]);
    expect(router.state.location.pathname).toBe(`/lab/attempts/${attempts[0]!.id}`);
    // The attempt's page replaces the catalog (in the browser, by loading the player afresh).
    await waitFor(() => expect(screen.queryByRole('article', { name: 'A forgotten password at the helpdesk' })).not.toBeInTheDocument());

    await router.navigate('/lab');
    const again = await screen.findByRole('article', { name: 'A forgotten password at the helpdesk' });
    expect(await within(again).findByText('In progress')).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/lab/attempts/${attempts[0]!.id}`));
    expect((await runtime.listAttempts()).attempts).toHaveLength(1);
  });

  it('opens free play on Contoso and starts it over only after asking', async () => {
    const runtime = freshLab();
    const { user, router } = renderLab('/lab', runtime);
    const sandbox = await screen.findByRole('region', { name: 'Free play on Contoso' });
    expect(within(sandbox).queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
    await user.click(within(sandbox).getByRole('button', { name: 'Start free play' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/lab\/attempts\/./));
    const [first] = (await runtime.listAttempts()).attempts;
    expect(first).toMatchObject({ scenarioId: 'sandbox', mode: 'sandbox', status: 'inProgress' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Free play on Contoso' })).not.toBeInTheDocument());

    await router.navigate('/lab');
    const again = await screen.findByRole('region', { name: 'Free play on Contoso' });
    await user.click(await within(again).findByRole('button', { name: 'Start over' }));
    await user.click(within(await findDialog('Start over with a fresh Contoso?')).getByRole('button', { name: 'Cancel', hidden: true }));
    expect((await runtime.listAttempts()).attempts).toHaveLength(1);

    await user.click(within(again).getByRole('button', { name: 'Start over' }));
    await user.click(within(await findDialog('Start over with a fresh Contoso?')).getByRole('button', { name: 'Start over', hidden: true }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/lab'));
    const { attempts } = await runtime.listAttempts();
    expect(attempts.map((attempt) => [attempt.id === first!.id ? 'first' : 'fresh', attempt.status])).toEqual(
      expect.arrayContaining([
        ['first', 'abandoned'],
        ['fresh', 'inProgress'],
      ]),
    );
    expect(router.state.location.pathname).toBe(`/lab/attempts/${attempts.find((attempt) => attempt.status === 'inProgress')!.id}`);
  });
});

describe('the catalog’s skill-area filter', () => {
  it('offers only the skill areas that have scenarios', async () => {
    renderLab('/lab');
    await screen.findByRole('region', { name: 'Manage roles in Microsoft 365' });
    const options = within(screen.getByRole('combobox', { name: 'Skill area' })).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual([
      'All skill areas',
      'Implement and manage a Microsoft 365 tenant',
      'Manage users and groups',
      'Manage roles in Microsoft 365',
      'Implement and manage identity synchronization with Microsoft Entra ID',
      'Implement and manage authentication',
      'Implement and manage secure access',
    ]);
  });
});
