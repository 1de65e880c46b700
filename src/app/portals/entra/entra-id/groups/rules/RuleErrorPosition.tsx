import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ruleValidationMessage, type RuleSyntaxError } from '../../../../../../tenant';
import { useSharedStyles } from '../../../../../shell/shared-styles';

const useStyles = makeStyles({
  where: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: 'auto',
    whiteSpace: 'pre',
  },
  mark: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1, textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: tokens.colorPaletteRedForeground1 },
  caret: { color: tokens.colorPaletteRedForeground1 },
});

/** How much of a long line to show before the error, so the caret stays in view. */
const CONTEXT = 48;

/** The line of the rule that holds the error, cut around it, and where in it the error starts. */
function errorExcerpt(text: string, error: RuleSyntaxError): { readonly before: string; readonly span: string; readonly after: string } {
  const position = Math.min(error.position, text.length);
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const newline = text.indexOf('\n', position);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  const column = position - lineStart;
  const length = Math.min(error.length, line.length - column);
  const cut = column > CONTEXT ? column - CONTEXT : 0;
  return {
    before: (cut > 0 ? '…' : '') + line.slice(cut, column),
    span: line.slice(column, column + length),
    after: line.slice(column + length, column + length + CONTEXT) + (column + length + CONTEXT < line.length ? '…' : ''),
  };
}

/**
 * A rule the parser rejects: the message, and the rule's line with the faulty part marked and a
 * caret line under it ("…^^^"), at the position the parser reported.
 */
export function RuleErrorPosition({ text, error }: { readonly text: string; readonly error: RuleSyntaxError }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { before, span, after } = errorExcerpt(text, error);
  // An error at the end of the rule has no text to mark: the caret points just past it.
  const carets = '^'.repeat(Math.max(1, span.length));
  return (
    <MessageBar intent="error" layout="multiline" politeness="polite">
      <MessageBarBody>
        {ruleValidationMessage(error)}
        <span className={shared.visuallyHidden}>
          {span ? ` The error is at "${span}", character ${error.position + 1} of the rule.` : ` The error is at character ${error.position + 1} of the rule.`}
        </span>
        <pre className={styles.where} aria-hidden>
          <span>
            {before}
            {span && <mark className={styles.mark}>{span}</mark>}
            {after}
            {'\n'}
            {' '.repeat([...before].length)}
            <span className={styles.caret}>{carets}</span>
          </span>
        </pre>
      </MessageBarBody>
    </MessageBar>
  );
}
