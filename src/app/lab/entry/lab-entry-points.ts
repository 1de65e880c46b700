import { LAB_PATHS } from '../catalog/lab-paths';

/**
 * Where a newcomer can step from a portal into Tenant Lab's own pages. They are plain addresses
 * (loaded afresh, outside any attempt's router), so the same list serves the demo tenant and
 * the player. The words a learner might search for find them from the top bar's search.
 */
export interface LabEntryPoint {
  readonly label: string;
  readonly href: string;
  /** One line on what is there, for the search results and the welcome. */
  readonly description: string;
  readonly keywords: readonly string[];
}

export const LAB_ENTRY_POINTS: readonly LabEntryPoint[] = [
  {
    label: 'Scenarios',
    href: LAB_PATHS.catalog,
    description: 'Guided MS-102 tasks on a tenant of their own, graded when you submit.',
    keywords: ['tenant lab', 'lab', 'scenario', 'catalog', 'practice', 'task', 'learn', 'ms-102', 'training'],
  },
  {
    label: 'Practice exams',
    href: LAB_PATHS.exams,
    description: 'Timed sittings of several scenarios, scored out of 1000.',
    keywords: ['exam', 'test', 'certification', 'ms-102', 'timed'],
  },
  {
    label: 'History',
    href: LAB_PATHS.history,
    description: 'Your attempts, scores and time spent.',
    keywords: ['history', 'attempt', 'score', 'result', 'progress'],
  },
];

/** The lab's pages a search text asks for: a keyword contains the text, or the text a keyword. */
export function labEntryPointsFor(text: string): readonly LabEntryPoint[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 2) return [];
  return LAB_ENTRY_POINTS.filter(
    (entry) => entry.label.toLowerCase().includes(needle) || entry.keywords.some((keyword) => keyword.includes(needle) || needle.includes(keyword)),
  );
}
