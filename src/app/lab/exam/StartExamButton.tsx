import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialog } from '../catalog/ConfirmDialog';
import type { ExamPlanResult } from './exam-plan';
import { describeTimeLimit } from './exam-sources';

export interface StartExamButtonProps {
  /** Draws the exam's scenarios when the learner confirms, so each start is a new draw. */
  readonly plan: () => ExamPlanResult;
  readonly title: string;
  readonly timeLimitMs: number;
  readonly scenarioCount: number;
  readonly disabled?: boolean;
  readonly onStart: (plan: Extract<ExamPlanResult, { ok: true }>['plan']) => void;
  readonly label?: string;
}

/** Starts an exam after saying what starting means: the clock runs from now, and nothing helps. */
export function StartExamButton({ plan, title, timeLimitMs, scenarioCount, disabled, onStart, label = 'Start exam' }: StartExamButtonProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button appearance="primary" disabled={disabled} onClick={() => setConfirming(true)} aria-label={`${label}: ${title}`}>
        {label}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Start ${title}?`}
        confirmLabel="Start the clock"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          const planned = plan();
          if (planned.ok) onStart(planned.plan);
        }}
      >
        You have {describeTimeLimit(timeLimitMs)} for {scenarioCount} scenario{scenarioCount === 1 ? '' : 's'}, each with details drawn afresh. The clock starts now and keeps running if you close the tab. There are no
        hints and no Check my work until the end; when the time is up, everything is submitted as it stands.
      </ConfirmDialog>
    </>
  );
}
