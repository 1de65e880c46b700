// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { endExam, startExam } from '../../src/app/lab/exam/exam-actions';
import type { LabRuntime } from '../../src/session/lab-runtime';
import { HOSTILE_SCENARIO, HOSTILE_TITLE } from '../fixtures/hostile-scenarios';
import { freshLab, renderLab, score, seedAttempt } from './catalog-support';

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** Nothing the file holds became an element, an attribute that runs script, or a script link. */
function expectInert(): void {
  expect(window.__pwned).toBeUndefined();
  const main = document.querySelector('main')!;
  expect(main.querySelectorAll('img, script, iframe, b, a[href^="javascript:"]')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload], [onmouseover]')).toHaveLength(0);
}

async function withHostileScenario(): Promise<LabRuntime> {
  const runtime = freshLab();
  await (await runtime.storage()).library.save({ id: 'hostile-markup', source: HOSTILE_SCENARIO, fileName: '<img src=x onerror=alert(1)>.yaml' });
  return runtime;
}

afterEach(() => {
  delete window.__pwned;
});

describe('a scenario full of markup and script', () => {
  it('is imported and listed as text', async () => {
    const { user } = renderLab('/lab/files');
    await user.upload(await screen.findByLabelText('Choose a scenario file'), new File([HOSTILE_SCENARIO], 'hostile.yaml'));
    expect(await screen.findByText(`Imported ${HOSTILE_TITLE}`)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Imported scenarios' })).getByRole('rowheader')).toHaveTextContent(HOSTILE_TITLE);
    expectInert();
  });

  it('shows its title and summary in the catalog as characters', async () => {
    renderLab('/lab?q=hostile', await withHostileScenario());
    const card = await screen.findByRole('article', { name: HOSTILE_TITLE });
    expect(card).toHaveTextContent(`<script>window.__pwned='summary'</script> A summary with <a href="javascript:window.__pwned='summary-link'">a link</a>.`);
    expect(within(card).getByText('Imported')).toBeInTheDocument();
    expectInert();
  });

  it('shows its title in the history, the chart and the weakest areas as characters', async () => {
    const runtime = await withHostileScenario();
    await seedAttempt(runtime, 'hostile-markup', score(0, 1, { 'users-and-groups': [0, 1] }));
    const { user } = renderLab('/lab/history', runtime);
    const table = await screen.findByRole('table', { name: 'Your attempts, newest first' });
    expect(within(table).getByRole('rowheader')).toHaveTextContent(HOSTILE_TITLE);
    await user.click(screen.getByText('Show the scores as a table'));
    expect(screen.getByRole('table', { name: 'Scores over time, oldest first' })).toHaveTextContent(HOSTILE_TITLE);
    expect(screen.getByRole('img', { name: /Scores over time/ }).querySelector('circle title')).toHaveTextContent(HOSTILE_TITLE);
    expect(screen.getByRole('link', { name: HOSTILE_TITLE })).toHaveAttribute('href', expect.stringMatching(/^\/lab\?area=users-and-groups&q=%3Cimg/));
    expectInert();
  });

  it('shows its title in an exam’s score report as characters', async () => {
    const runtime = await withHostileScenario();
    const catalog = await runtime.scenarios.list();
    const sitting = await startExam(runtime, { definitionId: 'hostile', title: '<script>window.__pwned="exam"</script>Exam', timeLimitMs: 60_000, scenarios: catalog.filter((scenario) => scenario.id === 'hostile-markup') });
    await endExam(runtime, sitting, 'learner', { channel: null });
    renderLab(`/lab/exam/${sitting.id}`, runtime);
    expect(await screen.findByRole('heading', { level: 1, name: '<script>window.__pwned="exam"</script>Exam' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Each scenario’s result' })).getByRole('rowheader')).toHaveTextContent(HOSTILE_TITLE);
    expectInert();
  });

  it('shows the lines of a broken file as characters in its import errors', async () => {
    const { user } = renderLab('/lab/files');
    const broken = HOSTILE_SCENARIO.replace('expectedMinutes: 5', 'expectedMinutes: "<img src=x onerror=alert(1)>"');
    await user.upload(await screen.findByLabelText('Choose a scenario file'), new File([broken], '<svg onload=alert(1)>.yaml'));
    const problems = await screen.findByRole('list', { name: 'Problems in <svg onload=alert(1)>.yaml' });
    expect(problems).toHaveTextContent('expectedMinutes: expected number');
    expect(within(problems).getByLabelText(/^Line 7, column 18$/)).toHaveTextContent('7 | expectedMinutes: "<img src=x onerror=alert(1)>"');
    expectInert();
  });
});
