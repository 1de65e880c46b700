import { Badge, Button, Card, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { ClockRegular, TrophyRegular } from '@fluentui/react-icons';
import { SKILL_AREAS } from '../../../scenario';
import { DIFFICULTY_LABELS, STATUS_LABELS, type CatalogEntry, type ScenarioStatus } from './catalog-model';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, height: '100%', boxSizing: 'border-box' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', flexGrow: 1 },
  also: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  footer: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXS },
  meta: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  action: { marginLeft: 'auto' },
});

const STATUS_COLORS: Record<ScenarioStatus, BadgeProps['color']> = {
  notStarted: 'subtle',
  inProgress: 'brand',
  notPassed: 'warning',
  passed: 'success',
};

export interface ScenarioCardProps {
  readonly entry: CatalogEntry;
  readonly busy: boolean;
  readonly onStart: (scenarioId: string) => void;
  readonly onOpen: (attemptId: string) => void;
}

/** One scenario: what it is, how hard and long, how the learner has done, and the way in. */
export function ScenarioCard({ entry, busy, onStart, onOpen }: ScenarioCardProps) {
  const styles = useStyles();
  const { scenario, status, bestPercent, openAttemptId } = entry;
  const titleId = `scenario-${scenario.id}-title`;
  const others = scenario.skillAreas.slice(1).map((area) => SKILL_AREAS[area].title);
  return (
    <Card className={styles.card} aria-labelledby={titleId} role="article">
      <h3 id={titleId} className={styles.title}>
        {scenario.title}
      </h3>
      <div className={styles.badges}>
        <Badge appearance="tint" color={STATUS_COLORS[status]}>
          {STATUS_LABELS[status]}
        </Badge>
        <Badge appearance="outline" color="informative">
          {DIFFICULTY_LABELS[scenario.difficulty]}
        </Badge>
        {scenario.origin === 'imported' && (
          <Badge appearance="filled" color="important">
            Imported
          </Badge>
        )}
      </div>
      <p className={styles.summary}>{scenario.summary}</p>
      {others.length > 0 && <p className={styles.also}>Also practises: {others.join('; ')}</p>}
      <div className={styles.footer}>
        <span className={styles.meta}>
          <ClockRegular aria-hidden /> About {scenario.expectedMinutes} min
        </span>
        <span className={styles.meta}>
          <TrophyRegular aria-hidden /> {bestPercent === null ? 'No score yet' : `Best score ${bestPercent}%`}
        </span>
        {openAttemptId ? (
          <Button className={styles.action} appearance="primary" disabled={busy} onClick={() => onOpen(openAttemptId)} aria-describedby={titleId}>
            Continue
          </Button>
        ) : (
          <Button className={styles.action} appearance={status === 'passed' ? 'secondary' : 'primary'} disabled={busy} onClick={() => onStart(scenario.id)} aria-describedby={titleId}>
            {status === 'notStarted' ? 'Start' : 'Start again'}
          </Button>
        )}
      </div>
    </Card>
  );
}
