import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, PlayRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AttemptRecord } from '../../../storage';
import { ConfirmDialog } from './ConfirmDialog';
import { LAB_EDGE, LAB_INK, LAB_PAPER } from './lab-styles';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: LAB_PAPER,
    border: `1px dashed ${LAB_EDGE}`,
    color: LAB_INK,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: `${tokens.spacingVerticalXS} 0 0`, maxWidth: '70ch' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SandboxCardProps {
  readonly attempt: AttemptRecord | null;
  readonly busy: boolean;
  readonly onOpen: () => void;
  readonly onStartOver: () => void;
}

/** Free play on the Contoso demo tenant: nothing to grade, kept until the learner starts over. */
export function SandboxCard({ attempt, busy, onOpen, onStartOver }: SandboxCardProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <Card className={styles.card} role="region" aria-labelledby="sandbox-title">
      <div>
        <h2 id="sandbox-title" className={styles.title}>
          Free play on Contoso
        </h2>
        <p className={styles.text}>
          Explore both admin centers on the Contoso demo tenant with nothing to grade.{' '}
          {attempt
            ? `Your changes are kept: ${attempt.logLength} action${attempt.logLength === 1 ? '' : 's'} so far.`
            : 'Everything you change is kept until you start over.'}
        </p>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PlayRegular />} disabled={busy} onClick={onOpen}>
          {attempt ? 'Continue free play' : 'Start free play'}
        </Button>
        {attempt && (
          <Button icon={<ArrowResetRegular />} disabled={busy} onClick={() => setConfirming(true)}>
            Start over
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Start over with a fresh Contoso?"
        confirmLabel="Start over"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onStartOver();
        }}
      >
        Contoso goes back to how it began, and the changes you made in free play are set aside. They stay listed in History.
      </ConfirmDialog>
    </Card>
  );
}
