import { Field, ProgressBar } from '@fluentui/react-components';
import { useCallback } from 'react';
import { grade, type ScenarioInstance } from '../../../../scenario';
import type { Tenant } from '../../../../tenant';
import { useTenant } from '../../../tenant-context';
import { pointsText } from '../checks/CheckList';

interface Progress {
  readonly earned: number;
  readonly total: number;
}

const sameProgress = (a: Progress, b: Progress) => a.earned === b.earned && a.total === b.total;

/** The grader's points so far, updated as the tenant changes: practice mode's live figure. */
export function TaskProgress({ instance }: { instance: ScenarioInstance }) {
  const select = useCallback((tenant: Tenant): Progress => {
    const report = grade(instance, tenant);
    return { earned: report.earned, total: report.total };
  }, [instance]);
  const { earned, total } = useTenant(select, sameProgress);
  return (
    <Field label="Progress" validationState="none" validationMessage={pointsText(earned, total)}>
      <ProgressBar value={total === 0 ? 0 : earned / total} max={1} thickness="large" />
    </Field>
  );
}
