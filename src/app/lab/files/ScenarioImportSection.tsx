import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ConfirmDialog } from '../catalog/ConfirmDialog';
import { LAB_PATHS } from '../catalog/lab-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { RouterLink } from '../../shell/RouterLink';
import { formatDateTime } from '../history/format-date';
import { FileDropZone } from './FileDropZone';
import { SourceProblems } from './SourceProblems';
import { useScenarioImport, type ScenarioImportState } from './useScenarioImport';

const REPLACED = {
  'built-in': ' It stands in for the built-in scenario with the same id until you delete this import.',
  imported: ' It replaces the earlier import with the same id.',
} as const;

function ImportResult({ state }: { state: ScenarioImportState }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'checking':
      return <Spinner size="small" label={`Checking ${state.fileName}…`} />;
    case 'unreadable':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{state.message} Nothing was imported.</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <StorageProblem error={state.error} title="The scenario could not be saved." />;
    case 'imported':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Imported {state.title}</MessageBarTitle>
            From {state.fileName}, with the id {state.id}. It is in the <RouterLink to={LAB_PATHS.catalog}>catalog</RouterLink>, marked Imported.
            {state.replaced && REPLACED[state.replaced]}
          </MessageBarBody>
        </MessageBar>
      );
    case 'invalid':
      return (
        <>
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{state.fileName} was not imported.</MessageBarTitle>
              It has {state.problems.length} problem{state.problems.length === 1 ? '' : 's'}. Fix {state.problems.length === 1 ? 'it' : 'them'} in the file and import it again; nothing from it was saved.
            </MessageBarBody>
          </MessageBar>
          <SourceProblems problems={state.problems} source={state.source} label={`Problems in ${state.fileName}`} />
        </>
      );
  }
}

/** Import a scenario file: proved by the loader first, saved only when it has no problem at all. */
export function ScenarioImportSection() {
  const styles = useLabStyles();
  const scenarios = useScenarioImport();
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  return (
    <section className={styles.panel} aria-labelledby="import-scenario-heading">
      <h2 id="import-scenario-heading" className={styles.sectionHeading}>
        Import a scenario
      </h2>
      <p className={styles.lead}>
        A scenario file from your instructor (YAML or JSON). Tenant Lab checks it the way the scenario CLI’s validate does, and imports it only if it has no problems.
      </p>
      <FileDropZone
        label="Choose a scenario file"
        hint="…or drop a .yaml, .yml or .json file here."
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        disabled={scenarios.state.status === 'checking'}
        onFile={(file) => void scenarios.importFile(file)}
      />
      <div aria-live="polite">
        <ImportResult state={scenarios.state} />
      </div>
      {scenarios.listProblem && <StorageProblem error={scenarios.listProblem} />}
      {scenarios.imported.length > 0 && (
        <>
          <h3 className={styles.subHeading}>Imported scenarios</h3>
          <table className={styles.table}>
            <caption className={styles.visuallyHidden}>Imported scenarios</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  Scenario
                </th>
                <th scope="col" className={styles.th}>
                  Id
                </th>
                <th scope="col" className={styles.th}>
                  File
                </th>
                <th scope="col" className={styles.th}>
                  Imported
                </th>
                <th scope="col" className={styles.th}>
                  <span className={styles.visuallyHidden}>Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scenarios.imported.map(({ record, title }) => (
                <tr key={record.id}>
                  <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>
                    {title}
                  </th>
                  <td className={styles.td}>{record.id}</td>
                  <td className={styles.td}>{record.fileName ?? '—'}</td>
                  <td className={styles.td}>{formatDateTime(record.importedAt)}</td>
                  <td className={styles.td}>
                    <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Delete ${title}`} onClick={() => setDeleting({ id: record.id, title })}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this imported scenario?"
        confirmLabel="Delete"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void scenarios.remove(deleting.id);
          setDeleting(null);
        }}
      >
        {deleting && `${deleting.title} leaves the catalog. Attempts made at it stay in History, but can’t be opened again until it is imported again.`}
      </ConfirmDialog>
    </section>
  );
}
