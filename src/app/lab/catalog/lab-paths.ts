import type { SkillAreaId } from '../../../scenario';

/** The lab's own pages. The player's paths are the player's. */
export const LAB_PATHS = {
  catalog: '/lab',
  exams: '/lab/exam',
  history: '/lab/history',
  files: '/lab/files',
} as const;

export function examSittingPath(sittingId: string): string {
  return `${LAB_PATHS.exams}/${encodeURIComponent(sittingId)}`;
}

/** The catalog narrowed to one skill area, optionally searching for a scenario. */
export function catalogAreaPath(area: SkillAreaId, query?: string): string {
  const params = new URLSearchParams({ area });
  if (query) params.set('q', query);
  return `${LAB_PATHS.catalog}?${params}`;
}
