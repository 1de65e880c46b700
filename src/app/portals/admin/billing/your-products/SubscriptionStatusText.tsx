import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { SubscriptionRow } from '../../../../../views/billing';

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COLOR = { Active: 'success', Expired: 'warning', Disabled: 'danger' } as const;

function daysText(days: number): string {
  return days === 1 ? '1 day left' : `${days} days left`;
}

/** A subscription's status as Your products shows it, with the days a trial or grace period has left. */
export function SubscriptionStatusText({ row }: { readonly row: Pick<SubscriptionRow, 'status' | 'isTrial' | 'daysLeft'> }) {
  const styles = useStyles();
  const left = row.daysLeft === null ? null : row.isTrial && row.status === 'Active' ? `Trial, ${daysText(row.daysLeft)}` : daysText(row.daysLeft);
  return (
    <span className={styles.status}>
      <Badge appearance="tint" color={COLOR[row.status]} size="small">
        {row.status}
      </Badge>
      {left && <span className={styles.muted}>{left}</span>}
    </span>
  );
}
