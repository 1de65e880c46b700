import { Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import { SKILL_AREAS, type SkillAreaId } from '../../../scenario';
import { DIFFICULTIES, DIFFICULTY_LABELS, SCENARIO_STATUSES, STATUS_LABELS, type CatalogFilter, type Difficulty, type ScenarioStatus } from './catalog-model';
import type { CatalogState } from './useCatalog';

const useStyles = makeStyles({
  // min-width 0: a native select is as wide as its longest option, which would overflow the grid.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  bar: { display: 'grid', gridTemplateColumns: 'minmax(220px, 2fr) minmax(200px, 2fr) minmax(150px, 1fr) minmax(150px, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export interface CatalogFiltersProps {
  readonly filter: CatalogFilter;
  /** The skill areas to offer: those the catalog has scenarios in. */
  readonly areas: readonly SkillAreaId[];
  readonly setFilter: CatalogState['setFilter'];
}

/** Search and the three filters; each change narrows the list at once. */
export function CatalogFilters({ filter, areas, setFilter }: CatalogFiltersProps) {
  const styles = useStyles();
  return (
    <div role="search" className={styles.bar} aria-label="Find a scenario">
      <Field label="Search" className={styles.field}>
        <SearchBox value={filter.query} placeholder="Title, summary or id" onChange={(_, data) => setFilter({ query: data.value })} />
      </Field>
      <Field label="Skill area" className={styles.field}>
        <Select className={styles.select} value={filter.area ?? ''} onChange={(_, data) => setFilter({ area: (data.value || null) as SkillAreaId | null })}>
          <option value="">All skill areas</option>
          {areas.map((id) => (
            <option key={id} value={id}>
              {SKILL_AREAS[id].title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Difficulty" className={styles.field}>
        <Select className={styles.select} value={filter.difficulty ?? ''} onChange={(_, data) => setFilter({ difficulty: (data.value || null) as Difficulty | null })}>
          <option value="">Any difficulty</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {DIFFICULTY_LABELS[difficulty]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status" className={styles.field}>
        <Select className={styles.select} value={filter.status ?? ''} onChange={(_, data) => setFilter({ status: (data.value || null) as ScenarioStatus | null })}>
          <option value="">Any status</option>
          {SCENARIO_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
