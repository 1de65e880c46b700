import { MessageBar, MessageBarBody, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { DismissRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import type { GroupDetails } from '../../../../../views/groups';
import { useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { GroupBlade } from './GroupBlade';
import { DynamicRuleEditor } from './rules/DynamicRuleEditor';
import { useRuleEditor } from './rules/useRuleEditor';

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: TenantError };

function RulesEditor({ group, onDiscard }: { readonly group: GroupDetails; readonly onDiscard: () => void }) {
  const store = useTenantStore();
  const editor = useRuleEditor(group.membershipRule ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const changed = editor.ruleText !== (group.membershipRule ?? '');
  const save = () => {
    const answer = store.send({ type: 'group.setMembershipRule', groupId: group.id, membershipRule: editor.ruleText });
    setOutcome(answer.ok ? { ok: true } : { ok: false, error: answer.error });
  };
  return (
    <>
      <Toolbar aria-label="Dynamic membership rules actions">
        <ToolbarButton icon={<SaveRegular />} disabled={!changed} onClick={save}>
          Save
        </ToolbarButton>
        <ToolbarButton icon={<DismissRegular />} disabled={!changed} onClick={onDiscard}>
          Discard
        </ToolbarButton>
      </Toolbar>
      {outcome?.ok && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>Successfully updated the dynamic membership rule of {group.displayName}. Its members now follow the new rule.</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.ok && <TenantErrorBar error={outcome.error} title="Failed to update the dynamic membership rule" />}
      <DynamicRuleEditor editor={editor} inPane={false} />
    </>
  );
}

function DynamicRules({ group }: { readonly group: GroupDetails }) {
  // Discard starts the editor again from the saved rule.
  const [round, setRound] = useState(0);
  if (group.membershipType !== 'Dynamic') {
    return <Text>This group has assigned membership: its members are added and removed by hand, so it has no dynamic membership rule.</Text>;
  }
  return <RulesEditor key={round} group={group} onDiscard={() => setRound(round + 1)} />;
}

/** A dynamic group's "Dynamic membership rules" in Entra: the rule editor and Save. */
export default function GroupDynamicRulesPage() {
  return <GroupBlade section="dynamicRules">{(group) => <DynamicRules key={group.id} group={group} />}</GroupBlade>;
}
