import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RuleBuilder } from './RuleBuilder';
import { RuleSyntax } from './RuleSyntax';
import type { RuleEditorState } from './useRuleEditor';
import { ValidateRules } from './ValidateRules';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * Entra's dynamic membership rule editor: "Configure Rules" (the rule builder and the rule syntax
 * box) and "Validate Rules". The caller owns the state (`useRuleEditor`) and the Save.
 */
export function DynamicRuleEditor({ editor, inPane }: { readonly editor: RuleEditorState; readonly inPane: boolean }) {
  const styles = useStyles();
  const [tab, setTab] = useState<'configure' | 'validate'>('configure');
  return (
    <div className={styles.editor}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value === 'validate' ? 'validate' : 'configure')} aria-label="Dynamic membership rules">
        <Tab value="configure">Configure Rules</Tab>
        <Tab value="validate">Validate Rules</Tab>
      </TabList>
      {tab === 'configure' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Configure Rules">
          {editor.mode === 'builder' ? (
            <RuleBuilder editor={editor} />
          ) : (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                The rule builder can't show this rule{editor.reason ? `: ${editor.reason.replace(/^The rule /, 'it ')}` : ' until its syntax is fixed.'} Edit it in the rule syntax box.
              </MessageBarBody>
            </MessageBar>
          )}
          <RuleSyntax editor={editor} />
        </div>
      ) : (
        <div className={styles.panel} role="tabpanel" aria-label="Validate Rules">
          <ValidateRules editor={editor} inPane={inPane} />
        </div>
      )}
    </div>
  );
}
