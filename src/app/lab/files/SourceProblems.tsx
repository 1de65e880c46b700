import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScenarioProblem } from '../../../scenario';
import { sourceExcerpt } from './source-excerpt';

const MAX_SHOWN = 50;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  where: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  message: { margin: 0, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: `0 ${tokens.spacingHorizontalM}`, margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowX: 'auto',
  },
  caret: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightBold },
});

export interface SourceProblemsProps {
  readonly problems: readonly ScenarioProblem[];
  /** The file's text, to show each problem's line. */
  readonly source: string;
  readonly label: string;
}

/**
 * A file's problems where they are: file, line, column and path, the message with what was
 * expected and found, and the line itself with a caret under the column. All of it is text:
 * whatever the file holds is shown as characters, never as markup.
 */
export function SourceProblems({ problems, source, label }: SourceProblemsProps) {
  const styles = useStyles();
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <>
      <ol className={styles.list} aria-label={label}>
        {shown.map((problem, index) => {
          const excerpt = sourceExcerpt(source, problem.line, problem.column);
          const gutter = String(problem.line);
          return (
            <li key={index} className={styles.item}>
              <span className={styles.where}>
                {problem.file}:{problem.line}:{problem.column}
              </span>
              <p className={styles.message}>
                {problem.path && (
                  <>
                    <span className={styles.path}>{problem.path}</span>:{' '}
                  </>
                )}
                {problem.message}
              </p>
              {(problem.expected !== undefined || problem.found !== undefined) && (
                <dl className={styles.facts}>
                  {problem.expected !== undefined && (
                    <>
                      <dt className={styles.term}>Expected</dt>
                      <dd className={styles.value}>{problem.expected}</dd>
                    </>
                  )}
                  {problem.found !== undefined && (
                    <>
                      <dt className={styles.term}>Found</dt>
                      <dd className={styles.value}>{problem.found}</dd>
                    </>
                  )}
                </dl>
              )}
              {excerpt && (
                <pre className={styles.code} aria-label={`Line ${problem.line}, column ${problem.column}`}>
                  {`${gutter} | ${excerpt.text}\n${' '.repeat(gutter.length)} | `}
                  <span className={styles.caret}>{excerpt.caret}</span>
                </pre>
              )}
            </li>
          );
        })}
      </ol>
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more problems. Fix these and import the file again to see the rest.</p>}
    </>
  );
}
