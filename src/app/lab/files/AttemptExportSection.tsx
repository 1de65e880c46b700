import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { SANDBOX_SCENARIO_ID, toStorageError, type AttemptRecord, type StorageError } from '../../../storage';
import { useLabRuntime } from '../catalog/lab-runtime-context';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { formatDateTime } from '../history/format-date';
import { attemptTitle, MODE_LABELS, STATUS_LABELS } from '../history/history-model';
import { downloadAttempt } from './export-attempt';

export interface AttemptExportSectionProps {
  readonly attempts: readonly AttemptRecord[];
  readonly titles: ReadonlyMap<string, string>;
}

/** Export one attempt as the file an instructor grades with the scenario CLI. */
export function AttemptExportSection({ attempts, titles }: AttemptExportSectionProps) {
  const styles = useLabStyles();
  const runtime = useLabRuntime();
  const gradable = attempts.filter((attempt) => attempt.scenarioId !== SANDBOX_SCENARIO_ID);
  const [chosen, setChosen] = useState('');
  const [result, setResult] = useState<{ saved: string; scenarioId: string } | { error: StorageError } | null>(null);
  const selected = gradable.find((attempt) => attempt.id === chosen) ?? gradable[0];

  const exportChosen = async () => {
    if (!selected) return;
    try {
      const { store } = await runtime.storage();
      setResult({ saved: await downloadAttempt(store, selected), scenarioId: selected.scenarioId });
    } catch (error) {
      setResult({ error: toStorageError(error, 'read') });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="export-attempt-heading">
      <h2 id="export-attempt-heading" className={styles.sectionHeading}>
        Export an attempt
      </h2>
      <p className={styles.lead}>
        Hand an attempt to your instructor: the file holds the scenario, the seed its details were drawn with, and every action you took. The scenario CLI replays it and grades it exactly as Tenant Lab did.
      </p>
      {gradable.length === 0 ? (
        <p className={styles.muted}>No attempts at a scenario yet. Free play has nothing to grade, so it can’t be exported on its own.</p>
      ) : (
        <div className={styles.row}>
          <Field label="Attempt">
            <Select value={selected?.id ?? ''} onChange={(_, data) => setChosen(data.value)}>
              {gradable.map((attempt) => (
                <option key={attempt.id} value={attempt.id}>
                  {`${attemptTitle(attempt, titles)} · ${MODE_LABELS[attempt.mode]} · ${formatDateTime(attempt.startedAt)} · ${attempt.score ? `${attempt.score.percent}%` : STATUS_LABELS[attempt.status]}`}
                </option>
              ))}
            </Select>
          </Field>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void exportChosen()}>
            Export attempt
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {result && 'saved' in result && (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>
              Saved {result.saved}. To grade it: <code>{`npm run lab -- grade <path to ${result.scenarioId}.yaml> ${result.saved}`}</code>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && 'error' in result && <StorageProblem error={result.error} title="The attempt could not be exported." />}
      </div>
    </section>
  );
}
