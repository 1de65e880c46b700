import { Button } from '@fluentui/react-components';
import { SidePane } from '../../../../kit/SidePane';
import { DynamicRuleEditor } from './rules/DynamicRuleEditor';
import { useRuleEditor } from './rules/useRuleEditor';

/**
 * "Add dynamic query" on the New group page: the rule editor in a pane. Save keeps the rule for
 * the group about to be created; a rule that doesn't parse keeps the pane open on its error.
 */
export function RuleQueryPane({ rule, onSave, onDiscard }: { readonly rule: string; readonly onSave: (rule: string) => void; readonly onDiscard: () => void }) {
  const editor = useRuleEditor(rule);
  return (
    <SidePane
      title="Dynamic membership rules"
      size="large"
      onClose={onDiscard}
      footer={
        <>
          <Button appearance="primary" disabled={!editor.isValid || editor.editing !== null} onClick={() => onSave(editor.ruleText)}>
            Save
          </Button>
          <Button onClick={onDiscard}>Discard</Button>
        </>
      }
    >
      <DynamicRuleEditor editor={editor} inPane />
    </SidePane>
  );
}
