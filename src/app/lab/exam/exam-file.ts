import { z } from 'zod';
import { formatPath, type ScenarioProblem } from '../../../scenario';
import { SKILL_AREA_IDS } from '../../../scenario/skills';
import { schemaProblems } from '../../../scenario/issues';
import { parseSource, type DocumentPath, type SourcePosition } from '../../../scenario/source';

/**
 * The exam file an instructor writes: a timed set of scenarios, listed by id or drawn per MS-102
 * skill area when each learner starts. YAML or JSON, read with the scenario loader's parser, so
 * its problems carry the same positions. Like scenarios, nothing in it is executed.
 *
 *   schemaVersion: 1
 *   id: identity-basics
 *   title: Identity basics
 *   timeLimitMinutes: 30          # or timeLimitSeconds, for a short drill
 *   scenarios: [blocked-sign-in, invite-guest]
 *   # or: draw: [{ skillArea: roles, count: 2 }]
 */
export const EXAM_SCHEMA_VERSION = 1;

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. identity-basics');
const Text = z.string().min(1, 'must not be empty');

const Draw = z.strictObject({
  skillArea: z.enum(SKILL_AREA_IDS),
  count: z.int().min(1).max(20),
});

export const ExamFile = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(EXAM_SCHEMA_VERSION),
    id: Slug,
    title: Text.max(120),
    description: Text.max(1000).optional(),
    timeLimitMinutes: z.int().min(1).max(480).optional(),
    timeLimitSeconds: z.int().min(10).max(28_800).optional(),
    scenarios: z.array(Slug).min(1).max(50).optional(),
    draw: z.array(Draw).min(1).max(12).optional(),
  })
  .check((ctx) => {
    const limits = ['timeLimitMinutes', 'timeLimitSeconds'].filter((key) => ctx.value[key as keyof typeof ctx.value] !== undefined);
    if (limits.length !== 1) ctx.issues.push({ code: 'custom', message: 'give exactly one of: timeLimitMinutes, timeLimitSeconds', input: ctx.value });
    const sets = ['scenarios', 'draw'].filter((key) => ctx.value[key as keyof typeof ctx.value] !== undefined);
    if (sets.length !== 1) ctx.issues.push({ code: 'custom', message: 'give exactly one of: scenarios (a list of scenario ids), draw (scenarios per skill area)', input: ctx.value });
  });
export type ExamFile = z.infer<typeof ExamFile>;

export type ExamFileParse =
  | { readonly ok: true; readonly exam: ExamFile; locate(path: DocumentPath): SourcePosition }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export function examTimeLimitMs(exam: ExamFile): number {
  return exam.timeLimitSeconds !== undefined ? exam.timeLimitSeconds * 1000 : (exam.timeLimitMinutes ?? 0) * 60_000;
}

/** Reads an exam file; any input gives a result, never a throw. */
export function parseExamFile(text: string, file = '<exam>'): ExamFileParse {
  const source = parseSource(text);
  if (source.syntaxErrors.length > 0) {
    return { ok: false, problems: source.syntaxErrors.map((error) => ({ file, line: error.line, column: error.column, path: '', message: error.message })) };
  }
  const parsed = ExamFile.safeParse(source.data, { reportInput: true });
  if (parsed.success) return { ok: true, exam: parsed.data, locate: (path) => source.locate(path) };
  return {
    ok: false,
    problems: schemaProblems(ExamFile, source.data, parsed.error.issues)
      .map((problem): ScenarioProblem => ({
        file,
        ...source.locate(problem.path, problem.key),
        path: formatPath(problem.path),
        message: problem.message,
        ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
        ...(problem.found !== undefined ? { found: problem.found } : {}),
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
