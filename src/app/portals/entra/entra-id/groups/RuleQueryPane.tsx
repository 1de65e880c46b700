import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, makeStyles } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { DynamicRuleEditor } from './rules/DynamicRuleEditor';
import { useRuleEditor } from './rules/useRuleEditor';

const useStyles = makeStyles({
  footer: { justifyContent: 'flex-start' },
});

/**
 * "Add dynamic query" on the New group page: the rule editor in a pane. Save keeps the rule for
 * the group about to be created; a rule that doesn't parse keeps the pane open on its error.
 */
export function RuleQueryPane({ rule, onSave, onDiscard }: { readonly rule: string; readonly onSave: (rule: string) => void; readonly onDiscard: () => void }) {
  const styles = useStyles();
  const editor = useRuleEditor(rule);
  const titleId = useId();
  return (
    <OverlayDrawer open position="end" size="large" onOpenChange={(_, data) => !data.open && onDiscard()} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onDiscard} />}>
          <span id={titleId}>Dynamic membership rules</span>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <DynamicRuleEditor editor={editor} inPane />
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" disabled={!editor.isValid || editor.editing !== null} onClick={() => onSave(editor.ruleText)}>
          Save
        </Button>
        <Button onClick={onDiscard}>Discard</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
