import { useMemo } from 'react';
import { useDocumentTitle } from '../../shell/Page';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { useLabData } from '../catalog/use-lab-data';
import { AttemptExportSection } from './AttemptExportSection';
import { ProgressSection } from './ProgressSection';
import { ScenarioImportSection } from './ScenarioImportSection';

/** `/lab/files`: scenario files in, attempts and progress out (and progress in on another machine). */
export default function FilesPage() {
  const styles = useLabStyles();
  const { state, reload } = useLabData();
  useDocumentTitle('Files - Tenant Lab');
  const data = state.status === 'ready' ? state.data : null;
  const titles = useMemo(() => new Map((data?.scenarios ?? []).map((scenario) => [scenario.id, scenario.title])), [data]);
  return (
    <>
      <h1 className={styles.heading}>Files</h1>
      <p className={styles.lead}>Bring in scenarios from your instructor, hand in attempts, and take your progress to another machine. Nothing in a file is ever run: scenario files are data, checked before they are kept.</p>
      {data?.problem && <StorageProblem error={data.problem} />}
      <ScenarioImportSection />
      <AttemptExportSection attempts={data?.attempts ?? []} titles={titles} />
      <ProgressSection onImported={() => void reload()} />
    </>
  );
}
