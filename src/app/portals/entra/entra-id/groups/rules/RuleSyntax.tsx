import { Button, Field, Link, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { RuleErrorPosition } from './RuleErrorPosition';
import type { RuleEditorState } from './useRuleEditor';

const useStyles = makeStyles({
  syntax: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** "Edit rule syntax": the free text box, with "OK" keeping it open on a rule that doesn't parse. */
function EditRuleSyntax({ editor }: { readonly editor: RuleEditorState }) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const { editError } = editor;
  useEffect(() => box.current?.focus(), []);
  // A rejected rule: select the part the parser points at, so the learner sees it in the box.
  useEffect(() => {
    if (!editError || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(editError.position, editError.position + Math.max(editError.length, 0));
  }, [editError]);
  return (
    <section className={styles.syntax} aria-label="Edit rule syntax">
      <Field label="Edit rule syntax">
        <Textarea ref={box} className={styles.text} rows={5} resize="vertical" value={editor.editing ?? ''} onChange={(_, data) => editor.changeEdit(data.value)} />
      </Field>
      {editError && <RuleErrorPosition text={editor.editing ?? ''} error={editError} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={editor.applyEdit}>
          OK
        </Button>
        <Button onClick={editor.cancelEdit}>Cancel</Button>
      </div>
    </section>
  );
}

/**
 * "Rule syntax": the rule as text, read-only, with "Edit" above it, and where the rule doesn't
 * parse, the error at its position.
 */
export function RuleSyntax({ editor }: { readonly editor: RuleEditorState }) {
  const styles = useStyles();
  const labelId = useId();
  if (editor.editing !== null) return <EditRuleSyntax editor={editor} />;
  return (
    <section className={styles.syntax} aria-labelledby={labelId}>
      <div className={styles.head}>
        <h3 id={labelId} className={styles.label}>
          Rule syntax
        </h3>
        <Link as="button" onClick={editor.beginEdit} aria-label="Edit rule syntax">
          Edit
        </Link>
      </div>
      <Textarea className={styles.text} aria-labelledby={labelId} readOnly rows={3} resize="vertical" value={editor.ruleText} />
      {editor.error && <RuleErrorPosition text={editor.ruleText} error={editor.error} />}
    </section>
  );
}
