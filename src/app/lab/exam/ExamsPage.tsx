import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useDocumentTitle } from '../../shell/Page';
import { useLabStyles } from '../catalog/lab-styles';
import { StorageProblem } from '../catalog/StorageProblem';
import { FileDropZone } from '../files/FileDropZone';
import { SourceProblems } from '../files/SourceProblems';
import { DrawExamForm } from './DrawExamForm';
import { ExamFileCard } from './ExamFileCard';
import { PASSING_SCORE, SCALE_MAX } from './exam-report';
import { SittingsTable } from './SittingsTable';
import { useExams } from './useExams';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
});

/** `/lab/exam`: timed exams from shipped files, an instructor's file, or drawn by skill area. */
export default function ExamsPage() {
  const lab = useLabStyles();
  const styles = useStyles();
  const exams = useExams();
  useDocumentTitle('Exams - Tenant Lab');
  const { loaded } = exams;

  return (
    <>
      <h1 className={lab.heading}>Exams</h1>
      <p className={lab.lead}>
        A timed set of scenarios, as in the real exam: no hints and no Check my work until the end, and when the time is up everything is submitted. Your score report gives a score out of {SCALE_MAX}; {PASSING_SCORE}{' '}
        passes.
      </p>
      {exams.storageProblem && <StorageProblem error={exams.storageProblem} title="Exams need your saved work, which can’t be reached." />}
      {exams.sittings && exams.sittings.length > 0 && (
        <section className={lab.panel} aria-labelledby="sittings-heading">
          <h2 id="sittings-heading" className={lab.sectionHeading}>
            Your exams
          </h2>
          <SittingsTable sittings={exams.sittings} />
        </section>
      )}
      {exams.loading ? (
        <Spinner label="Loading exams…" />
      ) : (
        <>
          <section className={lab.panel} aria-labelledby="shipped-heading">
            <h2 id="shipped-heading" className={lab.sectionHeading}>
              Practice exams
            </h2>
            <ul className={styles.grid}>
              {exams.shipped.map((choice) =>
                choice.ok ? (
                  <li key={choice.fileName}>
                    <ExamFileCard choice={choice} busy={exams.starting || exams.storageProblem !== null} onStart={(plan) => void exams.start(plan)} />
                  </li>
                ) : null,
              )}
            </ul>
          </section>
          <section className={lab.panel} aria-labelledby="file-heading">
            <h2 id="file-heading" className={lab.sectionHeading}>
              An exam from your instructor
            </h2>
            <p className={lab.lead}>An exam file lists its scenarios, or how many to draw from each skill area, and the time allowed.</p>
            <FileDropZone label="Choose an exam file" hint="…or drop a .yaml, .yml or .json exam file here." accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onFile={(file) => void exams.loadFile(file)} />
            <div aria-live="polite">
              {loaded?.ok && (
                <ul className={styles.grid}>
                  <li>
                    <ExamFileCard choice={loaded} fromFile busy={exams.starting || exams.storageProblem !== null} onStart={(plan) => void exams.start(plan)} />
                  </li>
                </ul>
              )}
              {loaded && !loaded.ok && (
                <>
                  <p role="alert">
                    {loaded.fileName} can’t be used: it has {loaded.problems.length} problem{loaded.problems.length === 1 ? '' : 's'}.
                  </p>
                  <SourceProblems problems={loaded.problems} source={loaded.source} label={`Problems in ${loaded.fileName}`} />
                </>
              )}
            </div>
            {loaded && (
              <div>
                <Button appearance="subtle" onClick={exams.clearFile}>
                  Clear the file
                </Button>
              </div>
            )}
          </section>
          <section className={lab.panel} aria-labelledby="draw-heading">
            <h2 id="draw-heading" className={lab.sectionHeading}>
              Draw an exam by skill area
            </h2>
            <DrawExamForm catalog={exams.catalog} busy={exams.starting || exams.storageProblem !== null} onStart={(plan) => void exams.start(plan)} />
          </section>
        </>
      )}
    </>
  );
}
