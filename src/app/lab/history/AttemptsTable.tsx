import { Badge, Button, type BadgeProps } from '@fluentui/react-components';
import { ArrowDownloadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SANDBOX_SCENARIO_ID, type AttemptRecord } from '../../../storage';
import { ConfirmDialog } from '../catalog/ConfirmDialog';
import { examSittingPath } from '../catalog/lab-paths';
import { attemptBase } from '../player/player-paths';
import { useLabStyles } from '../catalog/lab-styles';
import { formatDateTime, REAL_TIME_LABEL } from './format-date';
import { attemptTitle, formatDuration, MODE_LABELS, STATUS_LABELS } from './history-model';

const STATUS_COLORS: Record<AttemptRecord['status'], BadgeProps['color']> = { inProgress: 'brand', submitted: 'success', abandoned: 'subtle' };

export interface AttemptsTableProps {
  readonly attempts: readonly AttemptRecord[];
  readonly titles: ReadonlyMap<string, string>;
  readonly onDelete: (attempt: AttemptRecord, title: string) => void;
  readonly onExport: (attempt: AttemptRecord) => void;
}

/** Every attempt, newest first, with the way back into it, its file, and delete after asking. */
export function AttemptsTable({ attempts, titles, onDelete, onExport }: AttemptsTableProps) {
  const styles = useLabStyles();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState<AttemptRecord | null>(null);
  const header = ['Scenario', 'Mode', `Started (${REAL_TIME_LABEL})`, 'Time spent', 'Score', 'Status'];
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>Your attempts, newest first</caption>
        <thead>
          <tr>
            {header.map((label) => (
              <th key={label} scope="col" className={label === 'Score' || label === 'Time spent' ? `${styles.th} ${styles.numeric}` : styles.th}>
                {label}
              </th>
            ))}
            <th scope="col" className={styles.th}>
              <span className={styles.visuallyHidden}>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => {
            const title = attemptTitle(attempt, titles);
            // An exam in progress is reopened from its sitting, where the countdown and the other questions are.
            const target = attempt.mode === 'exam' && attempt.status === 'inProgress' && attempt.examId ? examSittingPath(attempt.examId) : attemptBase(attempt.id);
            return (
              <tr key={attempt.id}>
                <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>
                  {title}
                </th>
                <td className={styles.td}>{MODE_LABELS[attempt.mode]}</td>
                <td className={styles.td}>{formatDateTime(attempt.startedAt)}</td>
                <td className={`${styles.td} ${styles.numeric}`}>{formatDuration(attempt.activeMs)}</td>
                <td className={`${styles.td} ${styles.numeric}`}>{attempt.score ? `${attempt.score.percent}%` : '—'}</td>
                <td className={styles.td}>
                  <Badge appearance="tint" color={STATUS_COLORS[attempt.status]}>
                    {STATUS_LABELS[attempt.status]}
                  </Badge>
                </td>
                <td className={styles.td}>
                  <div className={styles.actions}>
                    <Button size="small" appearance={attempt.status === 'inProgress' ? 'primary' : 'secondary'} onClick={() => navigate(target)} aria-label={`${attempt.status === 'inProgress' ? 'Open' : 'Review'} ${title}`}>
                      {attempt.status === 'inProgress' ? 'Open' : 'Review'}
                    </Button>
                    {attempt.scenarioId !== SANDBOX_SCENARIO_ID && (
                      <Button size="small" appearance="subtle" icon={<ArrowDownloadRegular />} onClick={() => onExport(attempt)} aria-label={`Export ${title}`}>
                        Export
                      </Button>
                    )}
                    <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => setDeleting(attempt)} aria-label={`Delete ${title}`}>
                      Delete
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this attempt?"
        confirmLabel="Delete"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) onDelete(deleting, attemptTitle(deleting, titles));
          setDeleting(null);
        }}
      >
        {deleting &&
          `The attempt at ${attemptTitle(deleting, titles)} started ${formatDateTime(deleting.startedAt)} is deleted from this browser with everything done in it. Its score leaves your history. This can’t be undone; export it first to keep a copy.`}
      </ConfirmDialog>
    </>
  );
}
