import { commands } from '../tenant/commands';
import type { Tenant } from '../tenant/model';
import { recordsSince } from './checks/audit';
import { checksHeldAtStart, honestEarned } from './grader';
import { instantiate, type ScenarioInstance } from './instance';
import { schemaProblems } from './issues';
import { needsOf, unmetNeeds } from './needs';
import { compileScenarioPattern, isPatternError } from './regex';
import { scenarioRules } from './rules';
import { ScenarioFile } from './schema';
import { parseSource, type DocumentPath, type SourcePosition } from './source';
import { runSteps } from './steps';
import type { Problem } from './template';
import { variantCount, type Variables } from './variables';

/** One thing wrong with a scenario file, pinned to where it is. */
export interface ScenarioProblem extends SourcePosition {
  readonly file: string;
  /** Where in the document, e.g. `checks[2].user`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: ScenarioFile;
  /** How many variable draws validation walked; between them they use every pool value. */
  readonly variants: number;
  locate(path: DocumentPath): SourcePosition;
}

export type LoadResult = { readonly ok: true; readonly loaded: LoadedScenario } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export function formatPath(path: DocumentPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

export function formatProblem(problem: ScenarioProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

function describeVariables(variables: Variables): string {
  const text = Object.entries(variables)
    .map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
    .join(', ');
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** Every audit activity the tenant's commands record, plus any the given states show (timed processes write their own). */
function knownActivities(states: readonly Tenant[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const definition of Object.values(commands)) {
    const name = (definition as { activity: { displayName: string } | null }).activity?.displayName;
    if (name) names.set(name.toLowerCase(), name);
  }
  for (const state of states) for (const record of recordsSince(state, 0)) names.set(record.activityDisplayName.toLowerCase(), record.activityDisplayName);
  return names;
}

/**
 * A wrong attempt that lists exactly the checks it fails earns, by the honest-score rule, the
 * points of the others, or nothing when every one of them held at the start already.
 */
function declaredSums(instance: ScenarioInstance): Problem[] {
  const heldAtStart = checksHeldAtStart(instance);
  const ids = new Set(instance.checks.map((check) => check.id));
  return instance.wrongAttempts.flatMap((attempt, index) => {
    const failing = attempt.expectedFailing;
    if (!failing || !failing.every((id) => ids.has(id))) return [];
    const earned = honestEarned(instance.checks.map((check, position) => ({ points: check.points, passed: !failing.includes(check.id), heldAtStart: heldAtStart[position]! }))).reduce((sum, points) => sum + points, 0);
    if (earned === attempt.expectedPoints) return [];
    const why = earned === 0 && instance.checks.some((check) => !failing.includes(check.id)) ? ', since every check it passes already held at the start' : '';
    return [{ path: ['wrongAttempts', index, 'expectedPoints'], message: `with exactly ${failing.join(', ')} failing the attempt earns ${earned} points${why}, not ${attempt.expectedPoints}` }];
  });
}

/** Loads one variant: starts it, runs the solution and the wrong attempts, and checks what the checks refer to. */
function variantProblems(scenario: ScenarioFile, variant: number): { problems: Problem[]; variables?: Variables } {
  const prepared = instantiate(scenario, { variant });
  if (!prepared.ok) return { problems: [...prepared.problems] };
  const { instance } = prepared;
  const problems: Problem[] = [];
  const solved = runSteps(instance.start, instance.solution, instance.actor, ['solution'], true);
  problems.push(...solved.problems);
  const states = [instance.start, solved.tenant];
  instance.alternativeSolutions.forEach((other, index) => {
    const run = runSteps(instance.start, other.steps, instance.actor, ['alternativeSolutions', index, 'steps'], true);
    problems.push(...run.problems);
  });
  instance.wrongAttempts.forEach((attempt, index) => {
    const run = runSteps(instance.start, attempt.steps, instance.actor, ['wrongAttempts', index, 'steps'], false);
    problems.push(...run.problems);
    states.push(run.tenant);
  });
  instance.checks.forEach((check, index) => {
    if (check.kind === 'property' && check.matches !== undefined) {
      const pattern = compileScenarioPattern(check.matches, check.ignoreCase ?? false);
      if (isPatternError(pattern)) problems.push({ path: ['checks', index, 'matches'], message: pattern.error });
    }
  });
  problems.push(...declaredSums(instance));
  // A solution that stopped part-way leaves nothing to check references against.
  if (solved.problems.length > 0) return { problems, variables: instance.variables };
  const needs = instance.checks.flatMap((check, index) => needsOf(check, ['checks', index]));
  problems.push(...unmetNeeds(needs, states.slice(0, 2), knownActivities(states)));
  return { problems, variables: instance.variables };
}

function sorted(problems: ScenarioProblem[]): ScenarioProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The guide's rules for where a file lives, checked for files named by path (the CLI): its name
 * is its id, and its folder is its main skill area. A file opened in the browser has no folder.
 */
function locationRules(scenario: ScenarioFile, file: string): Problem[] {
  const parts = file.split(/[\\/]/);
  const name = parts[parts.length - 1]!.replace(/\.(ya?ml|json)$/i, '');
  const folder = parts.length > 1 ? parts[parts.length - 2]! : undefined;
  const problems: Problem[] = [];
  if (name !== scenario.id) problems.push({ path: ['id'], message: `the id '${scenario.id}' must match the file name; rename the file to ${scenario.id}${file.match(/\.(ya?ml|json)$/i)?.[0] ?? '.yaml'} or the id to '${name}'` });
  const main = scenario.skillAreas[0];
  if (folder !== main) problems.push({ path: ['skillAreas', 0], message: `a scenario lives in the folder of its main skill area: move it to scenarios/${main}/, or list ${folder === undefined ? 'its folder' : `'${folder}'`} first` });
  return problems;
}

export interface LoadOptions {
  /** Enforce the guide's rules for files in scenarios/: id = file name, folder = main skill area. */
  readonly location?: boolean;
}

function load(text: string, file: string, prove: boolean, options: LoadOptions = {}): LoadResult {
  const source = parseSource(text);
  const located = (problem: { path: DocumentPath; key?: string; message: string; expected?: string; found?: string }): ScenarioProblem => ({
    file,
    ...source.locate(problem.path, problem.key),
    path: formatPath(problem.path),
    message: problem.message,
    ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    ...(problem.found !== undefined ? { found: problem.found } : {}),
  });
  if (source.syntaxErrors.length > 0) {
    return { ok: false, problems: sorted(source.syntaxErrors.map((error) => ({ file, line: error.line, column: error.column, path: '', message: error.message }))) };
  }
  const parsed = ScenarioFile.safeParse(source.data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: sorted(schemaProblems(ScenarioFile, source.data, parsed.error.issues).map(located)) };
  const scenario = parsed.data;
  // Where a file lives never stops the rest being checked: both are reported together.
  const misplaced = options.location ? locationRules(scenario, file).map(located) : [];
  const rules = scenarioRules(scenario);
  if (rules.length > 0) return { ok: false, problems: sorted([...misplaced, ...rules.map(located)]) };

  const variants = variantCount(scenario.variables);
  if (!prove) return misplaced.length > 0 ? { ok: false, problems: misplaced } : { ok: true, loaded: { file, scenario, variants, locate: (path) => source.locate(path) } };
  // One problem per place: a misspelt UPN fails under every draw, and once is enough to say so.
  const seen = new Set<string>();
  const problems: ScenarioProblem[] = [...misplaced];
  for (let variant = 0; variant < variants; variant++) {
    const result = variantProblems(scenario, variant);
    for (const problem of result.problems) {
      const path = formatPath(problem.path);
      if (seen.has(path)) continue;
      seen.add(path);
      const when = variant > 0 && result.variables ? ` (when ${describeVariables(result.variables)})` : '';
      problems.push(located({ path: problem.path, message: problem.message + when }));
    }
  }
  if (problems.length > 0) return { ok: false, problems: sorted(problems) };
  return { ok: true, loaded: { file, scenario, variants, locate: (path) => source.locate(path) } };
}

function safely(text: string, file: string, prove: boolean, options?: LoadOptions): LoadResult {
  try {
    return load(text, file, prove, options);
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, path: '', message: `internal error while loading: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

/**
 * Reads a scenario file (YAML or JSON) and proves it can run: the schema, the rules the schema
 * cannot express, every placeholder under every variable draw, the setup, the solution, and that
 * every user, group, SKU and role a check names exists. Any input gives a result, never a throw.
 */
export function loadScenario(text: string, file = '<input>', options?: LoadOptions): LoadResult {
  return safely(text, file, true, options);
}

/**
 * Reads a scenario file against the schema and its rules only, without running it: for the
 * player, which opens files that `lab validate` has already proved (in CI), and must not spend
 * time replaying every solution.
 */
export function readScenario(text: string, file = '<input>'): LoadResult {
  return safely(text, file, false);
}
