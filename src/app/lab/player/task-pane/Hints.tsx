import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LightbulbRegular } from '@fluentui/react-icons';
import { InlineMarkdown } from '../markdown/MarkdownView';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** The scenario's hints, one more each time the learner asks; `shown` of them are revealed. */
export function Hints({ hints, shown, onShow }: { hints: readonly string[]; shown: number; onShow: (count: number) => void }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Hints">
      {shown > 0 && (
        <ol className={styles.list}>
          {hints.slice(0, shown).map((hint, index) => (
            <li key={index}>
              <InlineMarkdown source={hint} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <Button icon={<LightbulbRegular />} onClick={() => onShow(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown + 1} of {hints.length})
        </Button>
      ) : (
        <span>That’s every hint for this task.</span>
      )}
    </section>
  );
}
