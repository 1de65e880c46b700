// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endExam, startExam } from '../../src/app/lab/exam/exam-actions';
import { parseExamFile } from '../../src/app/lab/exam/exam-file';
import { planExam } from '../../src/app/lab/exam/exam-plan';
import { examSettingKey } from '../../src/app/lab/exam/exam-sitting';
import type { LabRuntime } from '../../src/session/lab-runtime';
import { formatProblem, instantiate, loadScenario } from '../../src/scenario';
import { findUserByUserPrincipalName, signedInAs } from '../../src/tenant';
import { findDialog, freshLab, renderLab } from './catalog-support';

/** A drill an instructor might write: two scenarios, thirty seconds. */
const DRILL = `schemaVersion: 1
id: quick-drill
title: Quick drill
timeLimitSeconds: 30
scenarios:
  - blocked-sign-in
  - invite-guest
`;

function examFile(text: string, name = 'drill.yaml'): File {
  return new File([text], name, { type: 'application/yaml' });
}

/** Fakes only the wall clock and intervals: IndexedDB and Testing Library keep their own timers. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-03-02T10:00:00.000Z'));
}

/** A result row's points cell, "2 of 6", as [2, 6]. */
function pointsOf(row: HTMLElement): number[] {
  return within(row).getAllByRole('cell')[1]!.textContent!.split(' of ').map(Number);
}

afterEach(() => {
  vi.useRealTimers();
});

async function startDrill(runtime: LabRuntime) {
  const view = renderLab('/lab/exam', runtime);
  await view.user.upload(await screen.findByLabelText('Choose an exam file'), examFile(DRILL));
  const card = await screen.findByRole('article', { name: 'Quick drill' });
  expect(card).toHaveTextContent('2 scenarios');
  expect(card).toHaveTextContent('30 seconds');
  await view.user.click(within(card).getByRole('button', { name: 'Start exam: Quick drill' }));
  await view.user.click(within(await findDialog('Start Quick drill?')).getByRole('button', { name: 'Start the clock', hidden: true }));
  await screen.findByRole('heading', { level: 1, name: 'Quick drill' });
  return view;
}

describe('exam mode', () => {
  it('starts an exam from an instructor’s file with a countdown and one exam attempt per scenario', async () => {
    fakeClock();
    const runtime = freshLab();
    const { router } = await startDrill(runtime);
    expect(router.state.location.pathname).toMatch(/^\/lab\/exam\/[0-9a-f-]{36}$/);
    expect(screen.getByRole('timer')).toHaveAccessibleName('Time left: 30 seconds');
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    const questions = within(screen.getByRole('list', { name: 'Scenarios in this exam' })).getAllByRole('listitem');
    expect(questions.map((item) => item.querySelector('p')?.textContent)).toEqual(['"I can\'t sign in"', 'Bring a partner into a team as a guest']);
    expect(within(questions[0]!).getByText('Not started')).toBeInTheDocument();
    const { attempts } = await runtime.listAttempts();
    const sittingId = router.state.location.pathname.split('/').pop();
    expect(attempts.map((attempt) => [attempt.scenarioId, attempt.mode, attempt.examId, attempt.status]).sort()).toEqual([
      ['blocked-sign-in', 'exam', sittingId, 'inProgress'],
      ['invite-guest', 'exam', sittingId, 'inProgress'],
    ]);
    expect(within(questions[0]!).getByRole('link', { name: `Open 1. "I can't sign in"` })).toHaveAttribute('href', expect.stringMatching(/^\/lab\/attempts\//));
  });

  it('submits every attempt when the time runs out and shows the score report', async () => {
    fakeClock();
    const runtime = freshLab();
    await startDrill(runtime);
    act(() => vi.advanceTimersByTime(20_000));
    // The countdown re-reads the clock once its effect has run, which may be just after the heading shows.
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('0:10'));
    act(() => vi.advanceTimersByTime(10_000));
    expect(await screen.findByRole('heading', { name: 'Score report' })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText(/\(time ran out\)/)).toBeInTheDocument();
    const { attempts } = await runtime.listAttempts();
    expect(attempts.map((attempt) => attempt.status)).toEqual(['submitted', 'submitted']);
    // Nothing was done, so only the checks an untouched tenant passes (nobody else changed...) score.
    const results = within(screen.getByRole('table', { name: 'Each scenario’s result' })).getAllByRole('row').slice(1);
    expect(results.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['"I can\'t sign in"', 'Bring a partner into a team as a guest']);
    const points = results.map(pointsOf);
    const stored = attempts.slice().sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)).map((attempt) => [attempt.score!.earned, attempt.score!.total]);
    expect(points).toEqual(stored);
    // Review opens that question's results (its checks and feedback), not the question's tenant.
    const review = within(results[0]!).getByRole('link', { name: `Review 1. "I can't sign in"` });
    const blocked = attempts.find((attempt) => attempt.scenarioId === 'blocked-sign-in')!;
    expect(review).toHaveAttribute('href', `/lab/attempts/${blocked.id}/results`);
    const earned = points.reduce((sum, [value]) => sum + value!, 0);
    const total = points.reduce((sum, [, value]) => sum + value!, 0);
    expect(screen.getByLabelText(`Your score: ${Math.floor((earned * 1000) / total)} out of 1000`)).toBeInTheDocument();
    expect(screen.getByText('Fail')).toBeInTheDocument();
    const areas = within(screen.getByRole('region', { name: 'Performance by skill area' })).getAllByRole('progressbar');
    expect(areas).toHaveLength(1);
    expect(areas[0]).toHaveAccessibleName('Manage users and groups');
    expect(areas[0]).toHaveAttribute('aria-valuetext', `${Math.floor((earned * 100) / total)}%`);
  });

  it('resumes the countdown from the stored deadline after a reload, and ends an exam whose time ran out while closed', async () => {
    fakeClock();
    const runtime = freshLab();
    const { router, unmount } = await startDrill(runtime);
    const path = router.state.location.pathname;
    unmount();
    vi.setSystemTime(new Date('2026-03-02T10:00:12.000Z'));
    const reopened = renderLab(path, runtime);
    expect(await screen.findByRole('timer')).toHaveTextContent('0:18');
    reopened.unmount();

    vi.setSystemTime(new Date('2026-03-02T11:00:00.000Z'));
    renderLab('/lab/exam', runtime);
    const sittings = await screen.findByRole('table', { name: 'Your exams, newest first' });
    await waitFor(() => expect(within(sittings).getByText('Time ran out')).toBeInTheDocument());
    expect((await runtime.listAttempts()).attempts.every((attempt) => attempt.status === 'submitted')).toBe(true);
  });

  it('grades the work done when the learner ends the exam: a scaled score out of 1000 against 700', async () => {
    fakeClock();
    const runtime = freshLab();
    const { router, user } = await startDrill(runtime);
    // The learner unblocks Brian in the first scenario, as the player would log it.
    const { store } = await runtime.storage();
    const { attempts } = await runtime.listAttempts();
    const blocked = attempts.find((attempt) => attempt.scenarioId === 'blocked-sign-in')!;
    const loaded = loadScenario(readFileSync('scenarios/users-and-groups/blocked-sign-in.yaml', 'utf8'));
    if (!loaded.ok) throw new Error('blocked-sign-in does not load');
    const prepared = instantiate(loaded.loaded.scenario, { seed: blocked.variablesSeed });
    if (!prepared.ok) throw new Error('blocked-sign-in does not start');
    const brian = findUserByUserPrincipalName(prepared.instance.start, 'BrianJ@contoso.com')!;
    await store.appendCommand(blocked.id, { command: { type: 'user.setAccountEnabled', userId: brian.id, accountEnabled: true }, actor: signedInAs(blocked.userId) }, 0);

    await user.click(screen.getByRole('button', { name: 'End exam now' }));
    await user.click(within(await findDialog('End the exam now?')).getByRole('button', { name: 'End exam', hidden: true }));
    expect(await screen.findByRole('heading', { name: 'Score report' })).toBeInTheDocument();
    const results = within(screen.getByRole('table', { name: 'Each scenario’s result' })).getAllByRole('row').slice(1);
    expect(results[0]).toHaveTextContent('6 of 6');
    expect(results[0]).toHaveTextContent('100%');
    const [guestEarned, guestTotal] = pointsOf(results[1]!);
    const scaled = Math.floor(((6 + guestEarned!) * 1000) / (6 + guestTotal!));
    expect(screen.getByLabelText(`Your score: ${scaled} out of 1000`)).toBeInTheDocument();
    expect(screen.getByText(scaled >= 700 ? 'Pass' : 'Fail')).toBeInTheDocument();
    expect(screen.getByText(/\(ended by you\)/)).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/lab\/exam\//);
  });

  it('shows an exam file’s problems at their place and offers no start', async () => {
    const { user } = renderLab('/lab/exam');
    const broken = DRILL.replace('  - invite-guest', '  - invite-a-guest').replace('timeLimitSeconds: 30', 'timeLimitSeconds: 30\ntimeLimitMinutes: 5');
    await user.upload(await screen.findByLabelText('Choose an exam file'), examFile(broken, 'broken-drill.yaml'));
    expect(await screen.findByText('broken-drill.yaml can’t be used: it has 1 problem.')).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: 'Problems in broken-drill.yaml' });
    expect(problems).toHaveTextContent('broken-drill.yaml:1:1');
    expect(problems).toHaveTextContent('give exactly one of: timeLimitMinutes, timeLimitSeconds');
    expect(screen.queryByRole('button', { name: /Start exam: Quick drill/ })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Choose an exam file'), examFile(DRILL.replace('  - invite-guest', '  - invite-a-guest'), 'drill.yaml'));
    const item = await screen.findByText(/no scenario with the id 'invite-a-guest'/);
    expect(item).toHaveTextContent("scenarios[1]: no scenario with the id 'invite-a-guest' is in this browser's catalog; did you mean 'invite-guest'?");
    expect(screen.getByLabelText('Line 7, column 5')).toHaveTextContent('7 | - invite-a-guest');
  });

  it('draws an exam by skill area from the catalog', async () => {
    const runtime = freshLab();
    const { user } = renderLab('/lab/exam', runtime);
    const roles = await screen.findByRole('spinbutton', { name: 'Manage roles in Microsoft 365' });
    await user.clear(roles);
    await user.type(roles, '2');
    await user.tab();
    expect(screen.getByText('2 scenarios in 30 minutes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start drawn exam: Custom exam' }));
    await user.click(within(await findDialog()).getByRole('button', { name: 'Start the clock', hidden: true }));
    await screen.findByRole('heading', { level: 1, name: 'Custom exam' });
    const { attempts } = await runtime.listAttempts();
    expect(attempts).toHaveLength(2);
    const rolesScenarios = ['au-scoped-helpdesk', 'helpdesk-role-group', 'least-privilege-helpdesk', 'license-admin-limits', 'pim-eligible-assignment'];
    for (const attempt of attempts) expect(rolesScenarios).toContain(attempt.scenarioId);
    expect(new Set(attempts.map((attempt) => attempt.scenarioId)).size).toBe(2);
  });

  it('ends a sitting once, however many pages notice the deadline', async () => {
    fakeClock();
    const runtime = freshLab();
    const catalog = await runtime.scenarios.list();
    const sitting = await startExam(runtime, { definitionId: 'twice', title: 'Twice', timeLimitMs: 10_000, scenarios: catalog.filter((scenario) => scenario.id === 'blocked-sign-in') });
    vi.setSystemTime(new Date('2026-03-02T10:01:00.000Z'));
    // Two tabs noticing the deadline at once: the attempt is submitted once, and neither fails.
    await Promise.all([endExam(runtime, sitting, 'time', { channel: null }), endExam(runtime, sitting, 'time', { channel: null })]);
    const { store, settings } = await runtime.storage();
    const [attempt] = (await runtime.listAttempts()).attempts;
    expect(attempt).toMatchObject({ status: 'submitted' });
    // A page reloaded later ends it again: the first ending stands, and the score is not re-graded.
    await endExam(runtime, sitting, 'learner', { channel: null });
    expect(await settings.get(examSettingKey(sitting.id))).toMatchObject({ endedAt: sitting.deadline, endedBy: 'time' });
    expect(await store.getAttempt(attempt!.id)).toEqual(attempt);
  });

  it('ships exam files that read and can be drawn from the shipped scenarios', async () => {
    const catalog = await freshLab().scenarios.list();
    const files = readdirSync('exams').filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const parsed = parseExamFile(readFileSync(`exams/${name}`, 'utf8'), name);
      if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
      const planned = planExam(parsed.exam, catalog, { file: name, locate: parsed.locate, random: () => 0.5 });
      if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
      expect(planned.plan.scenarios.length).toBeGreaterThan(0);
    }
  });
});
