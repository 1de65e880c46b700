import { useLabStyles } from '../catalog/lab-styles';
import { formatDateTime, REAL_TIME_LABEL } from './format-date';
import { MODE_LABELS, type ScorePoint } from './history-model';

/** The chart's values as a table: the text alternative, and the way to read exact figures. */
export function ScoreTable({ points }: { points: readonly ScorePoint[] }) {
  const styles = useLabStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.visuallyHidden}>Scores over time, oldest first</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            Submitted ({REAL_TIME_LABEL})
          </th>
          <th scope="col" className={styles.th}>
            Scenario
          </th>
          <th scope="col" className={styles.th}>
            Mode
          </th>
          <th scope="col" className={`${styles.th} ${styles.numeric}`}>
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.attemptId}>
            <td className={styles.td}>{formatDateTime(point.at)}</td>
            <td className={styles.td}>{point.title}</td>
            <td className={styles.td}>{MODE_LABELS[point.mode]}</td>
            <td className={`${styles.td} ${styles.numeric}`}>{point.percent}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
