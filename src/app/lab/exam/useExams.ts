import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ScenarioProblem } from '../../../scenario';
import { toStorageError, type StorageError } from '../../../storage';
import { examSittingPath } from '../catalog/lab-paths';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { useLabData } from '../catalog/use-lab-data';
import { readTextFile } from '../files/read-file';
import { endExam, listSittings, startExam } from './exam-actions';
import { parseExamFile, type ExamFile } from './exam-file';
import { planExam, type ExamPlan } from './exam-plan';
import { isExamOver, type ExamSitting } from './exam-sitting';
import { shippedExamTexts } from './exam-sources';

/** An exam file as read: its definition, or its problems with the text they point into. */
export type ExamChoice =
  | { readonly ok: true; readonly fileName: string; readonly exam: ExamFile; readonly plan: () => ReturnType<typeof planExam> }
  | { readonly ok: false; readonly fileName: string; readonly source: string; readonly problems: readonly ScenarioProblem[] };

const random = () => Math.random();

/**
 * The exams page's behaviour: the shipped exam files and the instructor's own, an exam drawn by
 * skill area, the learner's sittings (any whose time ran out while nobody watched is ended here),
 * and starting one.
 */
export function useExams() {
  const runtime = useLabRuntime();
  const navigate = useNavigate();
  const { state } = useLabData();
  const data = state.status === 'ready' ? state.data : null;
  const [sittings, setSittings] = useState<readonly ExamSitting[] | null>(null);
  const [loaded, setLoaded] = useState<ExamChoice | null>(null);
  const [problem, setProblem] = useState<StorageError | null>(null);
  const [starting, setStarting] = useState(false);

  const catalog = useMemo(() => data?.scenarios ?? [], [data]);
  const choose = useCallback(
    (fileName: string, source: string): ExamChoice => {
      const parsed = parseExamFile(source, fileName);
      if (!parsed.ok) return { ok: false, fileName, source, problems: parsed.problems };
      const planned = planExam(parsed.exam, catalog, { file: fileName, locate: parsed.locate, random });
      // A file whose scenarios aren't here is as wrong as a misspelt key: shown the same way.
      if (!planned.ok) return { ok: false, fileName, source, problems: planned.problems };
      return { ok: true, fileName, exam: parsed.exam, plan: () => planExam(parsed.exam, catalog, { file: fileName, locate: parsed.locate, random }) };
    },
    [catalog],
  );
  const shipped = useMemo(() => (data ? shippedExamTexts().map(({ fileName, source }) => choose(fileName, source)) : []), [data, choose]);

  useEffect(() => {
    if (!data || data.problem) return;
    let live = true;
    (async () => {
      const found = await listSittings(runtime, data.attempts);
      const now = Date.now();
      // Time ran out with no page open to see it: the sitting ends now, at its deadline.
      const ended = await Promise.all(found.map((sitting) => (sitting.endedAt === undefined && isExamOver(sitting, now) ? endExam(runtime, sitting, 'time') : sitting)));
      if (live) setSittings(ended);
    })().catch((error: unknown) => {
      if (live) setProblem(toStorageError(error, 'read'));
    });
    return () => {
      live = false;
    };
  }, [data, runtime]);

  return {
    loading: state.status === 'loading',
    storageProblem: data?.problem ?? problem,
    catalog,
    sittings,
    shipped,
    loaded,
    starting,
    async loadFile(file: File) {
      const read = await readTextFile(file, 1024 * 1024);
      setLoaded(read.ok ? choose(file.name, read.text) : { ok: false, fileName: file.name, source: '', problems: [{ file: file.name, line: 1, column: 1, path: '', message: read.message }] });
    },
    clearFile: () => setLoaded(null),
    /** Starts the exam and opens its page; the clock starts once its attempts are ready. */
    async start(plan: ExamPlan) {
      setStarting(true);
      try {
        const sitting = await startExam(runtime, plan);
        navigate(examSittingPath(sitting.id));
      } catch (error) {
        setProblem(toStorageError(error, 'write'));
        setStarting(false);
      }
    },
  };
}

