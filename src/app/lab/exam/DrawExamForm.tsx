import { Field, makeStyles, SpinButton, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SKILL_AREAS, type SkillAreaId } from '../../../scenario';
import type { ScenarioSummary } from '../../../session/scenario-sources';
import { EXAM_SCHEMA_VERSION, type ExamFile } from './exam-file';
import { planExam, type ExamPlan } from './exam-plan';
import { StartExamButton } from './StartExamButton';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  total: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const DEFAULT_MINUTES = 30;

/** An exam drawn at random from the catalog: how many scenarios from each skill area, and the time. */
export function DrawExamForm({ catalog, busy, onStart }: { catalog: readonly ScenarioSummary[]; busy: boolean; onStart: (plan: ExamPlan) => void }) {
  const styles = useStyles();
  const [counts, setCounts] = useState<Partial<Record<SkillAreaId, number>>>({});
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const areas = (Object.keys(SKILL_AREAS) as SkillAreaId[])
    .map((area) => ({ area, available: catalog.filter((scenario) => scenario.skillAreas[0] === area).length }))
    .filter(({ available }) => available > 0);
  const draw = areas.flatMap(({ area }) => ((counts[area] ?? 0) > 0 ? [{ skillArea: area, count: counts[area]! }] : []));
  const total = draw.reduce((sum, item) => sum + item.count, 0);
  const exam: ExamFile = { schemaVersion: EXAM_SCHEMA_VERSION, id: 'custom', title: 'Custom exam', timeLimitMinutes: minutes, draw };

  return (
    <>
      <div className={styles.grid}>
        {areas.map(({ area, available }) => (
          <Field key={area} label={SKILL_AREAS[area].title} hint={`${available} available`}>
            <SpinButton
              min={0}
              max={available}
              value={counts[area] ?? 0}
              onChange={(_, data) => {
                const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                if (Number.isFinite(value)) setCounts((current) => ({ ...current, [area]: Math.max(0, Math.min(available, value)) }));
              }}
            />
          </Field>
        ))}
      </div>
      <div className={styles.footer}>
        <Field label="Time limit (minutes)">
          <SpinButton
            min={1}
            max={480}
            value={minutes}
            onChange={(_, data) => {
              const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
              if (Number.isFinite(value)) setMinutes(Math.max(1, Math.min(480, value)));
            }}
          />
        </Field>
        <p className={styles.total}>{total === 0 ? 'Choose how many scenarios to draw from at least one skill area.' : `${total} scenario${total === 1 ? '' : 's'} in ${minutes} minute${minutes === 1 ? '' : 's'}.`}</p>
        <StartExamButton
          plan={() => planExam(exam, catalog, { file: 'custom exam', locate: () => ({ line: 1, column: 1 }), random: () => Math.random() })}
          title="Custom exam"
          timeLimitMs={minutes * 60_000}
          scenarioCount={total}
          disabled={busy || total === 0}
          onStart={onStart}
          label="Start drawn exam"
        />
      </div>
    </>
  );
}
