import { SKILL_AREAS } from '../../../scenario';
import type { ExamFile } from './exam-file';

/** The exam files shipped with Tenant Lab (`exams/*.yaml`): small, so read with the exam page. */
const SHIPPED = import.meta.glob<string>('/exams/*.yaml', { query: '?raw', import: 'default', eager: true });

export interface ExamText {
  readonly fileName: string;
  readonly source: string;
}

export function shippedExamTexts(): ExamText[] {
  return Object.entries(SHIPPED)
    .map(([path, source]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), source }))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** "45 minutes", "90 seconds". */
export function describeTimeLimit(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  return `${Math.round(ms / 1000)} seconds`;
}

/** "3 scenarios" or "2 from Manage users and groups, 1 from Manage roles in Microsoft 365". */
export function describeScenarioSet(exam: ExamFile): string {
  if (exam.scenarios) return `${exam.scenarios.length} scenario${exam.scenarios.length === 1 ? '' : 's'}`;
  return (exam.draw ?? []).map((draw) => `${draw.count} from ${SKILL_AREAS[draw.skillArea].title}`).join(', ');
}
