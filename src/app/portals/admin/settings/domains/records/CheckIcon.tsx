import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ErrorCircleFilled } from '@fluentui/react-icons';
import { useSharedStyles } from '../../../../../shell/shared-styles';

const useStyles = makeStyles({
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: '16px', flexShrink: 0 },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: '16px', flexShrink: 0 },
});

/**
 * The admin center's green check or red "!" beside records it checked, with words for screen
 * readers (empty when words beside the icon already say it).
 */
export function CheckIcon({ ok, okText = 'OK', problemText = 'Needs attention' }: { readonly ok: boolean; readonly okText?: string; readonly problemText?: string }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      {ok ? <CheckmarkCircleFilled className={styles.ok} aria-hidden /> : <ErrorCircleFilled className={styles.problem} aria-hidden />}
      {(ok ? okText : problemText) && <span className={shared.visuallyHidden}>{ok ? okText : problemText}</span>}
    </>
  );
}
