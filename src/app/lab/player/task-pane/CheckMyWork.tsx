import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { grade, type GradeReport, type ScenarioInstance } from '../../../../scenario';
import type { Tenant } from '../../../../tenant';
import { useTenant, useTenantStore } from '../../../tenant-context';
import { useLabSession } from '../../session-context';
import { CheckList, pointsText } from '../checks/CheckList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  stale: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const wholeTenant = (tenant: Tenant) => tenant;

/**
 * Grades the tenant as it is when asked, and lists every check with its feedback: what is still
 * wrong, without the answer (which role, which license) until the learner has revealed every
 * hint; Submit's results show it all.
 */
export function CheckMyWork({ instance, revealAnswers }: { instance: ScenarioInstance; revealAnswers: boolean }) {
  const styles = useStyles();
  const store = useTenantStore();
  const tenant = useTenant(wholeTenant);
  const session = useLabSession();
  const [checked, setChecked] = useState<{ report: GradeReport; tenant: Tenant } | null>(null);
  const check = async () => {
    const current = store.getTenant();
    setChecked({ report: grade(instance, current, await session.evidence()), tenant: current });
  };
  return (
    <section className={styles.section} aria-label="Check my work">
      <Button icon={<ClipboardTaskListLtrRegular />} onClick={() => void check()}>
        Check my work
      </Button>
      {checked && (
        <div role="status" aria-live="polite">
          <p className={styles.summary}>
            {summary(checked.report)}
          </p>
          {checked.tenant !== tenant && <p className={styles.stale}>You have changed the tenant since this check. Check again to see where it stands.</p>}
        </div>
      )}
      {checked && <CheckList checks={checked.report.checks} label="Checks" hideAnswers={!revealAnswers} />}
    </section>
  );
}

/** "3 of 10 points: 1 of 5 checks pass; 2 held at the start and count once you have made progress." */
function summary(report: GradeReport): string {
  const counted = report.checks.filter((result) => result.passed && !result.waiting).length;
  const waiting = report.checks.filter((result) => result.waiting).length;
  const held = waiting === 0 ? '' : `; ${waiting} held at the start and count${waiting === 1 ? 's' : ''} once you have made progress`;
  return `${pointsText(report.earned, report.total)}: ${counted} of ${report.checks.length} checks pass${held}.`;
}
