import { Badge } from '@fluentui/react-components';
import { examSittingPath } from '../catalog/lab-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { RouterLink } from '../../shell/RouterLink';
import { formatDateTime, REAL_TIME_LABEL } from '../history/format-date';
import type { ExamSitting } from './exam-sitting';
import { describeTimeLimit } from './exam-sources';

/** The learner's exams, newest first: the one running, and the reports of those ended. */
export function SittingsTable({ sittings }: { sittings: readonly ExamSitting[] }) {
  const styles = useLabStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.visuallyHidden}>Your exams, newest first</caption>
      <thead>
        <tr>
          {['Exam', `Started (${REAL_TIME_LABEL})`, 'Scenarios', 'Time limit', 'Status'].map((label) => (
            <th key={label} scope="col" className={styles.th}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sittings.map((sitting) => (
          <tr key={sitting.id}>
            <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>
              <RouterLink to={examSittingPath(sitting.id)}>{sitting.title}</RouterLink>
            </th>
            <td className={styles.td}>{formatDateTime(sitting.startedAt)}</td>
            <td className={styles.td}>{sitting.questions.length}</td>
            <td className={styles.td}>{describeTimeLimit(sitting.timeLimitMs)}</td>
            <td className={styles.td}>
              {sitting.endedAt === undefined ? (
                <Badge appearance="tint" color="brand">
                  In progress
                </Badge>
              ) : (
                <Badge appearance="tint" color="subtle">
                  {sitting.endedBy === 'time' ? 'Time ran out' : 'Ended'}
                </Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
