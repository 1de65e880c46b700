// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError, storageErrorCatalog } from '../../src/storage';
import { roleTemplateByName } from '../../src/tenant/catalog';
import { findUserByUserPrincipalName } from '../../src/tenant/selectors';
import { HOSTILE_TASK_SCENARIO, HOSTILE_TASK_TITLE } from '../fixtures/hostile-scenarios';
import { confirmIn, findDialog, renderPlayer, solutionCommands } from './player-support';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const pane = () => screen.getByRole('complementary', { name: 'Task' });

/** Kai, Lena, Omar or Priya: the new hire the attempt's seed drew. */
function hire(session: Awaited<ReturnType<typeof renderPlayer>>['session']) {
  return session.instance!.variables.hire as { alias: string; given: string; surname: string };
}

describe('the task pane', () => {
  it('shows the scenario, its task text, the progress, both clocks and the attempt’s actions', async () => {
    const { session } = await renderPlayer('onboard-licensed-user');
    const { given, surname, alias } = hire(session);
    const task = within(pane());
    expect(task.getByRole('heading', { level: 2, name: 'Onboard a new colleague with a license' })).toBeInTheDocument();
    expect(task.getByText(`${given} ${surname}`, { selector: 'strong' })).toBeInTheDocument();
    expect(task.getByText(`${alias}@contoso.com`, { selector: 'code' })).toBeInTheDocument();
    expect(task.getByRole('progressbar')).toBeInTheDocument();
    expect(task.getByText('0 of 10 points')).toBeInTheDocument();
    expect(task.getByText('Simulated time')).toBeInTheDocument();
    expect(task.getByText('Time spent')).toBeInTheDocument();
    for (const name of ['Undo', 'Reset', 'Submit', 'Check my work']) expect(task.getByRole('button', { name })).toBeInTheDocument();
  });

  it('updates the progress figure as the tenant changes', async () => {
    const { session } = await renderPlayer('onboard-licensed-user');
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    expect(await within(pane()).findByText('7 of 10 points')).toBeInTheDocument();
  });

  it('Check my work lists every check with pass or fail and its feedback, and says when the tenant has moved on', async () => {
    const { session, user } = await renderPlayer('onboard-licensed-user');
    const { alias, given } = hire(session);
    await user.click(within(pane()).getByRole('button', { name: 'Check my work' }));
    const checks = within(pane()).getByRole('list', { name: 'Checks' });
    expect(within(checks).getByText(`There is no account with the username ${alias}@contoso.com.`)).toBeInTheDocument();
    expect(within(checks).getByText('Nobody else’s licenses changed.'.replace('’', "'"))).toBeInTheDocument();
    expect(within(pane()).getByText('0 of 10 points: 0 of 7 checks pass; 1 held at the start and counts once you have made progress.')).toBeInTheDocument();

    const [create, license] = solutionCommands(session);
    act(() => void session.store.send(create!));
    expect(within(pane()).getByText(/You have changed the tenant since this check/)).toBeInTheDocument();
    act(() => void session.store.send(license!));
    await user.click(within(pane()).getByRole('button', { name: 'Check my work' }));
    expect(within(pane()).getByText('10 of 10 points: 7 of 7 checks pass.')).toBeInTheDocument();
    expect(within(pane()).getByText(`${given} holds an Office 365 E3 license.`)).toBeInTheDocument();
  });

  it('Check my work keeps the answer back until every hint is shown, and explains a wrong role from its permissions', async () => {
    const { session, user } = await renderPlayer('least-privilege-helpdesk');
    const { upn, name } = session.instance!.variables.desk as { upn: string; name: string };
    act(() => void session.store.send({ type: 'role.assign', principalId: userId(session, upn), roleDefinitionId: serviceSupportId(), directoryScopeId: '/' }));
    await user.click(within(pane()).getByRole('button', { name: 'Check my work' }));
    const checks = within(pane()).getByRole('list', { name: 'Checks' });
    expect(within(checks).getByText(`${name} does not hold the least-privileged role for these duties yet.`)).toBeInTheDocument();
    expect(within(checks).getByText(/Service Support Administrator can't reset passwords: it has no microsoft\.directory\/users\/password\/update\.$/)).toBeInTheDocument();
    expect(checks.textContent).not.toContain('Helpdesk');

    await user.click(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    await user.click(within(pane()).getByRole('button', { name: 'Show another hint (2 of 2)' }));
    await user.click(within(pane()).getByRole('button', { name: 'Check my work' }));
    expect(within(within(pane()).getByRole('list', { name: 'Checks' })).getByText(`${name} should hold Helpdesk Administrator, the narrowest role covering these duties.`)).toBeInTheDocument();
  });

  it('gives hints one at a time, on request', async () => {
    const { user, session } = await renderPlayer('onboard-licensed-user');
    const [first, second] = session.instance!.hints;
    expect(screen.queryByText(first!)).not.toBeInTheDocument();
    await user.click(within(pane()).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(within(pane()).getByText(first!)).toBeInTheDocument();
    expect(within(pane()).queryByText(/Contoso has one Office 365 E3 license left/)).not.toBeInTheDocument();
    await user.click(within(pane()).getByRole('button', { name: 'Show another hint (2 of 2)' }));
    expect(within(pane()).getByText(/Contoso has one Office 365 E3 license left/)).toBeInTheDocument();
    expect(second).toContain('**Billing > Licenses**');
    expect(within(pane()).getByText('Billing > Licenses', { selector: 'strong' })).toBeInTheDocument();
    expect(within(pane()).getByText('That’s every hint for this task.')).toBeInTheDocument();
  });

  it('resizes from the keyboard and collapses to a rail', async () => {
    const { user } = await renderPlayer('onboard-licensed-user');
    const handle = screen.getByRole('separator', { name: 'Resize the task pane' });
    expect(handle).toHaveAttribute('aria-valuenow', '380');
    handle.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(handle).toHaveAttribute('aria-valuenow', '412');
    expect(pane()).toHaveStyle({ width: '412px' });
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(handle).toHaveAttribute('aria-valuenow', '348');
    await user.keyboard('{Home}');
    expect(handle).toHaveAttribute('aria-valuenow', '280');

    await user.click(screen.getByRole('button', { name: 'Hide the task pane' }));
    expect(screen.queryByRole('separator')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your task' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the task pane' }));
    expect(screen.getByRole('heading', { name: 'Your task' })).toBeInTheDocument();
  });

  it('in exam mode shows no progress, hints or Check my work', async () => {
    await renderPlayer('onboard-licensed-user', { mode: 'exam' });
    const task = within(pane());
    expect(task.getByText(/· Exam$/)).toBeInTheDocument();
    expect(task.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(task.queryByRole('button', { name: /hint/ })).not.toBeInTheDocument();
    expect(task.queryByRole('button', { name: 'Check my work' })).not.toBeInTheDocument();
    expect(task.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});

describe('the signed-in admin', () => {
  it('a scenario keeps the learner signed in as its admin, and the account manager says why', async () => {
    const { user } = await renderPlayer('onboard-licensed-user');
    await user.click(await screen.findByRole('button', { name: /Account manager for/ }));
    expect(await screen.findByText(/This scenario signs you in as admin@contoso.onmicrosoft.com, and grades what that admin does/)).toBeInTheDocument();
    expect(screen.queryByRole('menuitemradio')).not.toBeInTheDocument();
  });

  it('free play lets the learner switch admins', async () => {
    const { user } = await renderPlayer('sandbox');
    await user.click(await screen.findByRole('button', { name: /Account manager for/ }));
    expect((await screen.findAllByRole('menuitemradio')).length).toBeGreaterThan(1);
  });
});

describe('hostile scenario text', () => {
  it('shows script and HTML in the title, task, variables, hints and feedback as the characters they are', async () => {
    const { user } = await renderPlayer('hostile-text', { importSource: HOSTILE_TASK_SCENARIO });
    const task = within(pane());
    expect(task.getByRole('heading', { level: 2, name: HOSTILE_TASK_TITLE })).toBeInTheDocument();
    expect(task.getByRole('heading', { level: 3, name: "<script>alert('heading')</script>" })).toBeInTheDocument();
    expect(task.getByText("<img src=x onerror=alert('variable')>", { selector: 'strong' })).toBeInTheDocument();
    expect(task.getByText(/<b onmouseover=alert\('b'\)>Not bold<\/b>/)).toBeInTheDocument();
    expect(task.getByText("<img src=x onerror=alert('code')>", { selector: 'code' })).toBeInTheDocument();
    expect(task.getByText("<img src=x onerror=alert('paragraph')>")).toBeInTheDocument();
    await user.click(task.getByRole('button', { name: /Show a hint/ }));
    expect(task.getByText("<script>alert('hint')</script>")).toBeInTheDocument();
    await user.click(task.getByRole('button', { name: 'Check my work' }));
    expect(task.getByText("<img src=x onerror=alert('fail')>")).toBeInTheDocument();

    expect(pane().querySelectorAll('script, img, b')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('undo, reset and submit', () => {
  it('Undo says which change it takes back and takes it back once confirmed', async () => {
    const { session, user } = await renderPlayer('onboard-licensed-user');
    const { given, surname } = hire(session);
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    await user.click(within(pane()).getByRole('button', { name: 'Undo' }));
    const dialog = await findDialog('Undo your last change?');
    expect(await within(dialog).findByText(`This takes back: ${given} ${surname} added.`)).toBeInTheDocument();
    await confirmIn(user, 'Undo your last change?', 'Undo');
    await waitFor(() => expect(session.getState().attempt.logLength).toBe(0));
    expect(session.store.getTenant()).toBe(session.instance!.start);
    expect(within(pane()).getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('Reset asks first; Cancel keeps the changes and Reset takes the attempt back to its start', async () => {
    const { session, user } = await renderPlayer('onboard-licensed-user');
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    await user.click(within(pane()).getByRole('button', { name: 'Reset' }));
    const dialog = await confirmIn(user, 'Reset this attempt?', 'Cancel');
    expect(dialog).toHaveTextContent('Your changes will be lost.');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(session.store.getTenant()).not.toBe(session.instance!.start);

    await user.click(within(pane()).getByRole('button', { name: 'Reset' }));
    await confirmIn(user, 'Reset this attempt?', 'Reset');
    await waitFor(() => expect(session.store.getTenant()).toBe(session.instance!.start));
    expect(await within(pane()).findByText('0 of 10 points')).toBeInTheDocument();
  });

  it('Submit asks first, then shows the score, the skill areas, each check, the reference solution and what changed', async () => {
    const { session, user } = await renderPlayer('onboard-licensed-user');
    const { given, surname } = hire(session);
    act(() => {
      for (const command of solutionCommands(session)) session.store.send(command);
    });
    await user.click(within(pane()).getByRole('button', { name: 'Submit' }));
    await confirmIn(user, 'Submit this attempt?', 'Submit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Onboard a new colleague with a license' })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Task' })).not.toBeInTheDocument();
    expect(screen.getByText('100%')).toBeInTheDocument();
    expect(screen.getByText(/^10 of 10 points: every check passes\./)).toBeInTheDocument();
    const areas = screen.getByRole('table');
    expect(within(areas).getByRole('row', { name: /Manage users and groups/ })).toHaveTextContent('10 of 10');
    expect(within(screen.getByRole('list', { name: 'Checks' })).getAllByRole('listitem')).toHaveLength(7);
    const changed = await screen.findByRole('list', { name: 'What you changed' });
    expect(within(changed).getAllByRole('listitem').map((item) => item.textContent)).toEqual([`${given} ${surname} added`, `${given} ${surname}: license Office 365 E3 assigned`]);
    expect(within(screen.getByRole('list', { name: 'Reference solution' })).getAllByRole('listitem')).toHaveLength(2);
    expect(session.getState().attempt).toMatchObject({ status: 'submitted', score: { percent: 100 } });
  });

  it('a failed attempt’s results name what is missing', async () => {
    const { session, user } = await renderPlayer('onboard-licensed-user');
    const { given, alias } = hire(session);
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    await user.click(within(pane()).getByRole('button', { name: 'Submit' }));
    await confirmIn(user, 'Submit this attempt?', 'Submit');
    expect(await screen.findByText('70%')).toBeInTheDocument();
    const checks = screen.getByRole('list', { name: 'Checks' });
    expect(within(checks).getByText(`${given} has no Office 365 E3 license.`)).toBeInTheDocument();
    expect(within(checks).getByText(`The account ${alias}@contoso.com exists.`)).toBeInTheDocument();
  });
});

describe('saving', () => {
  it('says the changes are saved once they commit', async () => {
    const { session } = await renderPlayer('onboard-licensed-user');
    const strip = screen.getByRole('region', { name: 'Tenant Lab' });
    expect(within(strip).getByText('All changes saved')).toBeInTheDocument();
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    expect(within(strip).getByText('Saving…')).toBeInTheDocument();
    expect(await within(strip).findByText('All changes saved')).toBeInTheDocument();
  });

  it('asks before the page is left only while a change is not yet saved', async () => {
    const { session } = await renderPlayer('onboard-licensed-user');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    expect(leave()).toBe(true);
    await act(() => session.settled());
    expect(leave()).toBe(false);
  });

  it('without IndexedDB the attempt runs in memory, and the player says so plainly', async () => {
    const { session, attemptId } = await renderPlayer('onboard-licensed-user', { withoutIndexedDB: true });
    expect(attemptId).toMatch(/^memory\.practice\./);
    expect(screen.getByText('This attempt isn’t being saved')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(storageErrorCatalog.Unavailable.slice(0, 60)))).toHaveTextContent('reloading or closing the tab loses your work');
    expect(within(screen.getByRole('region', { name: 'Tenant Lab' })).getByText('Not saved: kept in this tab only')).toBeInTheDocument();
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    expect(await within(pane()).findByText('7 of 10 points')).toBeInTheDocument();
  });

  it('a storage failure is shown in a message bar that stays until it is dismissed', async () => {
    const { session, user, runtime } = await renderPlayer('onboard-licensed-user');
    vi.spyOn((await runtime.storage()).store, 'appendCommand').mockRejectedValueOnce(new StorageError('QuotaExceeded', ['QuotaExceededError: the disk is full']));
    const [create] = solutionCommands(session);
    act(() => void session.store.send(create!));
    const alert = await screen.findByText(storageErrorCatalog.QuotaExceeded);
    expect(screen.getByText('Your work isn’t saved')).toBeInTheDocument();
    await act(() => session.settled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alert).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(storageErrorCatalog.QuotaExceeded)).not.toBeInTheDocument();
  });

  it('a second tab on the attempt follows, says so, and refuses the pages’ changes', async () => {
    const first = await renderPlayer('onboard-licensed-user');
    first.unmount();
    const second = await renderPlayer('onboard-licensed-user', { browser: first.browser, attemptId: first.attemptId });
    expect(screen.getByText('Open in another tab')).toBeInTheDocument();
    expect(second.session.getState().role).toBe('follower');
    const strip = screen.getByRole('region', { name: 'Tenant Lab' });
    await second.user.click(within(strip).getByRole('button', { name: /Fast-forward/ }));
    await second.user.click(await screen.findByRole('menuitem', { name: '1 day' }));
    expect(within(strip).getByRole('status')).toHaveTextContent('This attempt is open in another tab. Changes you make there appear here.');
    expect(within(pane()).getByRole('button', { name: 'Submit' })).toBeDisabled();
  });
});

describe('free play', () => {
  it('has no task pane, and starts over from the lab strip after asking', async () => {
    const { session, user } = await renderPlayer('sandbox');
    expect(screen.queryByRole('complementary', { name: 'Task' })).not.toBeInTheDocument();
    const start = session.store.getTenant();
    act(() => void session.store.fastForward('P1D'));
    const strip = screen.getByRole('region', { name: 'Tenant Lab' });
    await user.click(within(strip).getByRole('button', { name: 'Start over' }));
    await confirmIn(user, 'Start over?', 'Start over');
    await waitFor(() => expect(session.store.getTenant()).toBe(start));
  });
});

function userId(session: Awaited<ReturnType<typeof renderPlayer>>['session'], upn: string): string {
  return findUserByUserPrincipalName(session.instance!.start, upn)!.id;
}

function serviceSupportId(): string {
  return roleTemplateByName('Service Support Administrator')!.id;
}
