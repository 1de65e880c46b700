// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabRuntimeProvider } from '../../src/app/lab/catalog/lab-runtime-context';
import { startExam } from '../../src/app/lab/exam/exam-actions';
import { examSettingKey } from '../../src/app/lab/exam/exam-sitting';
import { PlayerApp } from '../../src/app/lab/player/PlayerApp';
import { attemptBase } from '../../src/app/lab/player/player-paths';
import { playerRoutes } from '../../src/app/lab/player/player-routes';
import { withLoadedPortals } from './loaded-portals';
import { runSteps } from '../../src/scenario';
import { findDialog, freshLab } from './catalog-support';

afterEach(() => {
  vi.useRealTimers();
});

describe('an exam question in the player', () => {
  it('shows the exam countdown in the lab strip, no hints or Check my work, and submits the work done when the time runs out', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00.000Z'));
    const runtime = freshLab();
    const catalog = await runtime.scenarios.list();
    const sitting = await startExam(runtime, { definitionId: 'drill', title: 'Drill', timeLimitMs: 30_000, scenarios: catalog.filter((scenario) => scenario.id === 'blocked-sign-in') });
    const attemptId = sitting.questions[0]!.attemptId;
    const base = attemptBase(attemptId);
    const router = createMemoryRouter(withLoadedPortals(playerRoutes()), { basename: base, initialEntries: [`${base}/admin/users`] });
    await act(async () =>
      render(
        <LabRuntimeProvider runtime={runtime}>
          <PlayerApp runtime={runtime} attemptId={attemptId} router={router} />
        </LabRuntimeProvider>,
      ),
    );
    const timer = await screen.findByRole('timer', { name: 'Exam time left: 30 seconds' });
    expect(timer).toHaveTextContent('Exam time left 0:30');
    expect(screen.getByRole('link', { name: 'Exam overview' })).toHaveAttribute('href', `/lab/exam/${sitting.id}`);
    const pane = screen.getByRole('complementary', { name: 'Task' });
    expect(pane).not.toHaveTextContent('Check my work');
    expect(pane).not.toHaveTextContent('Hint');

    // The learner does the work; the time runs out before anything else.
    const session = await runtime.attemptSession(attemptId);
    const instance = session.instance!;
    for (const { command } of runSteps(instance.start, instance.solution, instance.actor, ['solution'], true).log) act(() => void session.store.send(command));
    act(() => vi.advanceTimersByTime(30_000));

    const { store, settings } = await runtime.storage();
    await vi.waitFor(async () => expect(await settings.get(examSettingKey(sitting.id))).toMatchObject({ endedBy: 'time' }), { timeout: 5000 });
    const attempt = await store.getAttempt(attemptId);
    expect(attempt).toMatchObject({ status: 'submitted', logLength: 1, score: { percent: 100 } });
  });

  it('keeps a question’s results back until the exam ends when it is submitted early', async () => {
    const runtime = freshLab();
    const catalog = await runtime.scenarios.list();
    const sitting = await startExam(runtime, { definitionId: 'drill', title: 'Drill', timeLimitMs: 600_000, scenarios: catalog.filter((scenario) => scenario.id === 'blocked-sign-in') });
    const attemptId = sitting.questions[0]!.attemptId;
    const base = attemptBase(attemptId);
    const router = createMemoryRouter(withLoadedPortals(playerRoutes()), { basename: base, initialEntries: [`${base}/admin/home`] });
    const user = userEvent.setup();
    await act(async () =>
      render(
        <LabRuntimeProvider runtime={runtime}>
          <PlayerApp runtime={runtime} attemptId={attemptId} router={router} />
        </LabRuntimeProvider>,
      ),
    );
    const pane = await screen.findByRole('complementary', { name: 'Task' });
    await user.click(within(pane).getByRole('button', { name: 'Submit' }));
    await user.click(within(await findDialog('Submit this attempt?')).getByRole('button', { name: 'Submit', hidden: true }));
    expect(await screen.findByText(/^Submitted\. This question’s result, with each check’s feedback and the reference solution, is shown once the exam ends/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the exam' })).toHaveAttribute('href', `/lab/exam/${sitting.id}`);
    expect(screen.queryByRole('list', { name: 'Checks' })).not.toBeInTheDocument();
  });
});
