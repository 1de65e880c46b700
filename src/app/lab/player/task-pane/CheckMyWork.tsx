import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { grade, type GradeReport, type ScenarioInstance } from '../../../../scenario';
import type { Tenant } from '../../../../tenant';
import { useTenant, useTenantStore } from '../../../tenant-context';
import { CheckList, pointsText } from '../checks/CheckList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  stale: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const wholeTenant = (tenant: Tenant) => tenant;

/** Grades the tenant as it is when asked, and lists every check with its feedback. */
export function CheckMyWork({ instance }: { instance: ScenarioInstance }) {
  const styles = useStyles();
  const store = useTenantStore();
  const tenant = useTenant(wholeTenant);
  const [checked, setChecked] = useState<{ report: GradeReport; tenant: Tenant } | null>(null);
  const check = () => {
    const current = store.getTenant();
    setChecked({ report: grade(instance, current), tenant: current });
  };
  return (
    <section className={styles.section} aria-label="Check my work">
      <Button icon={<ClipboardTaskListLtrRegular />} onClick={check}>
        Check my work
      </Button>
      {checked && (
        <div role="status" aria-live="polite">
          <p className={styles.summary}>
            {pointsText(checked.report.earned, checked.report.total)}: {checked.report.checks.filter((result) => result.passed).length} of {checked.report.checks.length} checks pass.
          </p>
          {checked.tenant !== tenant && <p className={styles.stale}>You have changed the tenant since this check. Check again to see where it stands.</p>}
        </div>
      )}
      {checked && <CheckList checks={checked.report.checks} label="Checks" />}
    </section>
  );
}
