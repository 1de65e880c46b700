import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useSharedStyles } from '../../../../../shell/shared-styles';

type Outcome = 'copied' | 'failed' | null;

/**
 * The "Copy" icon beside a record's value, as the admin center puts one on each cell a learner
 * pastes at their DNS host. The label names what is copied, so a screen reader user can tell the
 * buttons of a row apart; the outcome is announced.
 */
export function CopyButton({ value, label }: { readonly value: string; readonly label: string }) {
  const shared = useSharedStyles();
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), 2000);
    return () => clearTimeout(timer);
  }, [outcome]);
  const copy = () => {
    // Browsers refuse the clipboard to pages without the permission; the value stays selectable.
    if (!navigator.clipboard) {
      setOutcome('failed');
      return;
    }
    navigator.clipboard.writeText(value).then(
      () => setOutcome('copied'),
      () => setOutcome('failed'),
    );
  };
  return (
    <>
      <Tooltip content={label} relationship="label" withArrow>
        <Button appearance="transparent" size="small" icon={outcome === 'copied' ? <CheckmarkRegular /> : <CopyRegular />} onClick={copy} />
      </Tooltip>
      <span role="status" className={shared.visuallyHidden}>
        {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? "Couldn't copy. Select the text and copy it." : ''}
      </span>
    </>
  );
}
