// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAttempt } from '../../src/scenario';
import type { TabMessage } from '../../src/storage';
import { findDialog, freshLab, hourlyClock, renderLab, score, seedAttempt } from './catalog-support';

async function historyWithThreeGrades() {
  const runtime = freshLab({ now: hourlyClock() });
  await seedAttempt(runtime, 'blocked-sign-in', score(2, 6, { 'users-and-groups': [2, 6] }));
  await seedAttempt(runtime, 'least-privilege-helpdesk', score(9, 10, { roles: [9, 10] }));
  await seedAttempt(runtime, 'blocked-sign-in', score(6, 6, { 'users-and-groups': [6, 6] }));
  await seedAttempt(runtime, 'restore-deleted-user');
  return runtime;
}

afterEach(() => vi.restoreAllMocks());

describe('the history page', () => {
  it('lists every attempt newest first with mode, date, time spent, score and status', async () => {
    renderLab('/lab/history', await historyWithThreeGrades());
    const table = await screen.findByRole('table', { name: 'Your attempts, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Bring back a user deleted by mistake, with their license',
      '"I can\'t sign in"',
      'Just enough admin for the service desk',
      '"I can\'t sign in"',
    ]);
    expect(within(rows[0]!).getByText('In progress')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('—')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: 'Open Bring back a user deleted by mistake, with their license' })).toBeInTheDocument();
    expect(within(rows[1]!).getByText('100%')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Practice')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('5 min')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Submitted')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Review "I can\'t sign in"' })).toBeInTheDocument();
  });

  it('labels its dates as the learner’s own clock, apart from the tenant’s simulated time', async () => {
    renderLab('/lab/history', await historyWithThreeGrades());
    const table = await screen.findByRole('table', { name: 'Your attempts, newest first' });
    expect(within(table).getByRole('columnheader', { name: 'Started (your clock)' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Scores over time, oldest first' })).getByRole('columnheader', { name: 'Submitted (your clock)' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Tenant Lab' })).getByText(/^Simulated time:/)).toBeInTheDocument();
  });

  it('charts each graded attempt in order and offers the same figures as a table', async () => {
    const { user } = renderLab('/lab/history', await historyWithThreeGrades());
    const chart = await screen.findByRole('img', { name: /Scores over time/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('3 graded attempts'));
    expect(chart).toHaveAccessibleName(expect.stringContaining('Latest 100%, best 100%, average 74%'));
    const points = chart.querySelectorAll('circle');
    expect([...points].map((point) => point.getAttribute('data-percent'))).toEqual(['33', '90', '100']);
    expect(points[1]!.querySelector('title')).toHaveTextContent('Just enough admin for the service desk: 90%');
    expect(chart.querySelector('polyline')).toBeInTheDocument();

    await user.click(screen.getByText('Show the scores as a table'));
    const table = screen.getByRole('table', { name: 'Scores over time, oldest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent))).toEqual([
      ['"I can\'t sign in"', 'Practice', '33%'],
      ['Just enough admin for the service desk', 'Practice', '90%'],
      ['"I can\'t sign in"', 'Practice', '100%'],
    ]);
  });

  it('ranks skill areas by average score, weakest first, with scenarios to practise each', async () => {
    renderLab('/lab/history', await historyWithThreeGrades());
    const section = await screen.findByRole('region', { name: 'Weakest skill areas' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual(['Manage users and groups', 'Manage roles in Microsoft 365']);
    // (33% + 100%) / 2, floored: one mean of attempts, not of points.
    expect(within(items[0]!).getByText(/^66%/)).toBeInTheDocument();
    expect(within(items[0]!).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '66%');
    expect(within(items[1]!).getByText(/^90%/)).toBeInTheDocument();
    const link = within(items[1]!).getByRole('link', { name: 'All 5 in this area' });
    expect(link).toHaveAttribute('href', '/lab?area=roles');
    // Four to practise, not yet passed first: the one passed at 90% comes after the four never tried.
    expect(within(items[1]!).getByRole('link', { name: 'Password resets for one more colleague, by any right path' })).toHaveAttribute('href', expect.stringContaining('/lab?area=roles&q='));
    expect(within(items[1]!).queryByRole('link', { name: 'Just enough admin for the service desk' })).not.toBeInTheDocument();
  });

  it('deletes an attempt only after asking, and tells other tabs it ended', async () => {
    const runtime = await historyWithThreeGrades();
    const heard: TabMessage[] = [];
    const other = new BroadcastChannel('tenant-lab');
    other.onmessage = (event: MessageEvent<TabMessage>) => heard.push(event.data);
    try {
      const { user } = renderLab('/lab/history', runtime);
      await screen.findByRole('table', { name: 'Your attempts, newest first' });
      await user.click(screen.getByRole('button', { name: 'Delete Just enough admin for the service desk' }));
      const dialog = await findDialog('Delete this attempt?');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
      expect((await runtime.listAttempts()).attempts).toHaveLength(4);

      await user.click(screen.getByRole('button', { name: 'Delete Just enough admin for the service desk' }));
      await user.click(within(await findDialog()).getByRole('button', { name: 'Delete', hidden: true }));
      expect(await screen.findByText('Deleted the attempt at Just enough admin for the service desk.')).toBeInTheDocument();
      const { attempts } = await runtime.listAttempts();
      expect(attempts.map((attempt) => attempt.scenarioId)).not.toContain('least-privilege-helpdesk');
      expect(screen.queryByRole('button', { name: 'Delete Just enough admin for the service desk' })).not.toBeInTheDocument();
      await waitFor(() => expect(heard).toContainEqual({ type: 'attempt.ended', attemptId: expect.any(String) }));
    } finally {
      other.close();
    }
  });

  it('exports an attempt as the file the CLI grades', async () => {
    const runtime = await historyWithThreeGrades();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:attempt';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = renderLab('/lab/history', runtime);
    await screen.findByRole('table', { name: 'Your attempts, newest first' });
    await user.click(screen.getByRole('button', { name: 'Export Just enough admin for the service desk' }));
    expect(await screen.findByText(/^Saved least-privilege-helpdesk-2026-03-02t11-00\.attempt\.json\.$/)).toBeInTheDocument();
    const parsed = parseAttempt(await blobs[0]!.text());
    expect(parsed.ok && parsed.attempt).toMatchObject({ format: 'tenant-lab/attempt', scenarioId: 'least-privilege-helpdesk', seed: 7, log: [] });
  });
});
