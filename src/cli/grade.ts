import { formatPath, formatProblem, grade, instantiate, loadScenario, parseAttempt, replayAttempt, type GradeReport, type LoadedScenario, type ScenarioProblem } from '../scenario';
import { EXIT, readText, type ExitCode, type Output } from './io';

interface Graded {
  readonly file: string;
  readonly learner: string;
  readonly seed: number | null;
  readonly report: GradeReport | null;
  readonly rejected: number;
  readonly problems: readonly ScenarioProblem[];
}

function gradeFile(loaded: LoadedScenario, file: string): Graded {
  const parsed = parseAttempt(readText(file), file);
  if (!parsed.ok) return { file, learner: '', seed: null, report: null, rejected: 0, problems: parsed.problems };
  const { attempt } = parsed;
  const learner = attempt.learner ?? '';
  const prepared = instantiate(loaded.scenario, { seed: attempt.seed });
  if (!prepared.ok) {
    const problems = prepared.problems.map((problem) => ({ file: loaded.file, ...loaded.locate(problem.path), path: formatPath(problem.path), message: problem.message }));
    return { file, learner, seed: attempt.seed, report: null, rejected: 0, problems };
  }
  const replayed = replayAttempt(prepared.instance, attempt);
  if (replayed.problems.length > 0) {
    const problems = replayed.problems.map((problem) => ({ file, ...parsed.locate(problem.path), path: formatPath(problem.path), message: problem.message }));
    return { file, learner, seed: attempt.seed, report: null, rejected: replayed.rejected, problems };
  }
  return { file, learner, seed: attempt.seed, report: grade(prepared.instance, replayed.final, { failures: replayed.failures }), rejected: replayed.rejected, problems: [] };
}

function printReport(graded: Graded, output: Output): void {
  const report = graded.report!;
  const who = graded.learner ? `${graded.learner}, ` : '';
  output.out(`${graded.file} (${who}seed ${graded.seed}): ${report.earned}/${report.total} points, ${report.percent}%${report.complete ? ', complete' : ''}`);
  for (const check of report.checks) {
    // ○: the check holds, but held at the start too, and counts only once the task is under way.
    const mark = check.waiting ? '○' : check.passed ? '✓' : '✗';
    const note = check.waiting ? ' (Held at the start; counts once a check that did not hold then passes.)' : check.passed ? '' : ` Found: ${check.found}`;
    output.out(`  ${mark} ${check.id} (${check.earned}/${check.points}): ${check.message}${note}`);
  }
  for (const area of report.skillAreas) output.out(`  ${area.title}: ${area.earned}/${area.total}`);
  if (graded.rejected > 0) output.out(`  ${graded.rejected} command${graded.rejected === 1 ? ' was' : 's were'} rejected by the tenant along the way.`);
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function printCsv(loaded: LoadedScenario, results: readonly Graded[], output: Output): void {
  const { scenario } = loaded;
  const areas = [...new Set([...scenario.skillAreas, ...scenario.checks.flatMap((check) => (check.skillArea ? [check.skillArea] : []))])];
  output.out(['file', 'learner', 'scenario', 'seed', 'status', 'earned', 'total', 'percent', ...areas, ...scenario.checks.map((check) => check.id)].map(csvCell).join(','));
  for (const graded of results) {
    const report = graded.report;
    const row = report
      ? [
          'graded',
          report.earned,
          report.total,
          report.percent,
          ...areas.map((id) => report.skillAreas.find((area) => area.id === id)?.earned ?? 0),
          ...report.checks.map((check) => check.earned),
        ]
      : [`invalid: ${graded.problems[0]?.message ?? 'unreadable'}`];
    output.out([graded.file, graded.learner, scenario.id, graded.seed ?? '', ...row].map(csvCell).join(','));
  }
}

/** `lab grade <scenario> <attempt.json>...`: replays each attempt on its own start and grades the result. */
export function gradeAttempts(scenarioFile: string, attemptFiles: readonly string[], csv: boolean, output: Output): ExitCode {
  const result = loadScenario(readText(scenarioFile), scenarioFile);
  if (!result.ok) {
    output.err(`✗ ${scenarioFile} is not a valid scenario:`);
    for (const problem of result.problems) output.err(`  ${formatProblem(problem)}`);
    return EXIT.failed;
  }
  const results = attemptFiles.map((file) => gradeFile(result.loaded, file));
  for (const graded of results) {
    if (graded.report) {
      if (!csv) printReport(graded, output);
      continue;
    }
    output.err(`✗ ${graded.file} cannot be graded:`);
    for (const problem of graded.problems) output.err(`  ${formatProblem(problem)}`);
  }
  if (csv) printCsv(result.loaded, results, output);
  return results.every((graded) => graded.report) ? EXIT.ok : EXIT.failed;
}
