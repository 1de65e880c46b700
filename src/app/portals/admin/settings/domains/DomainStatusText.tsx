import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { DomainStatus } from '../../../../../tenant';

const useStyles = makeStyles({
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  healthy: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The Status column's words with the admin center's icon: green, orange for setup to finish, red for issues. */
export function DomainStatusText({ status }: { readonly status: DomainStatus }) {
  const styles = useStyles();
  const icon =
    status === 'Healthy' ? (
      <CheckmarkCircleFilled className={styles.healthy} aria-hidden />
    ) : status === 'Possible service issues' ? (
      <ErrorCircleFilled className={styles.problem} aria-hidden />
    ) : (
      <WarningFilled className={styles.warning} aria-hidden />
    );
  return (
    <span className={styles.status}>
      {icon}
      {status}
    </span>
  );
}
