import { Button, Text, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular, CheckmarkCircleFilled, DismissCircleFilled, DismissRegular, QuestionCircleFilled } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { MAX_RULE_VALIDATION_USERS, validateRulesForUsers, type Tenant, type UserRuleValidation } from '../../../../../../tenant';
import { useSharedStyles } from '../../../../../shell/shared-styles';
import { useTenant } from '../../../../../tenant-context';
import { ListTable } from '../../../../../kit/ListTable';
import { PeoplePicker } from '../../../../../kit/PeoplePicker';
import { PeoplePickerDialog } from '../../../../../kit/PeoplePickerDialog';
import { useFocusReturn } from '../../../../../kit/use-focus-return';
import type { RuleEditorState } from './useRuleEditor';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  member: { color: tokens.colorPaletteGreenForeground1 },
  notMember: { color: tokens.colorPaletteRedForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  expression: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

function Status({ result }: { readonly result: UserRuleValidation }) {
  const styles = useStyles();
  const { status } = result.explanation;
  if (status === 'member') {
    return (
      <span className={styles.status}>
        <CheckmarkCircleFilled className={styles.member} aria-hidden /> Member
      </span>
    );
  }
  if (status === 'notMember') {
    return (
      <span className={styles.status}>
        <DismissCircleFilled className={styles.notMember} aria-hidden /> Not a member
      </span>
    );
  }
  return (
    <span className={styles.status}>
      <QuestionCircleFilled className={styles.unknown} aria-hidden /> Unknown
    </span>
  );
}

/** "View details": each expression of the rule and how it came out for the user. */
function Details({ result }: { readonly result: UserRuleValidation }) {
  const styles = useStyles();
  const { explanation } = result;
  if (explanation.status === 'unknown') return <Text className={styles.details}>{explanation.reason}</Text>;
  return (
    <ul className={styles.details} aria-label={`Validation details for ${result.displayName}`}>
      {explanation.expressions.map((expression, i) => (
        <li key={i} className={styles.expression}>
          {expression.result ? <CheckmarkCircleFilled className={styles.member} aria-hidden /> : <DismissCircleFilled className={styles.notMember} aria-hidden />}
          <span>{expression.text}</span>
          <span>{expression.result ? 'True' : 'False'}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Validate Rules": pick up to 20 users and see, for each, whether the rule being edited makes
 * them a member, and why, expression by expression. `inPane` shows the picker inside the pane
 * around the editor rather than in a dialog over it.
 */
export function ValidateRules({ editor, inPane }: { readonly editor: RuleEditorState; readonly inPane: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [picking, setPicking] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Inside a pane the picker is inline and focus comes back by hand; a dialog restores it itself.
  const addButton = useFocusReturn<HTMLButtonElement>(picking && inPane);
  const opener = useRestoreFocusTarget();
  const { ruleText, validationUserIds: userIds } = editor;
  const validation = useTenant(useCallback((tenant: Tenant) => validateRulesForUsers(tenant, ruleText, userIds), [ruleText, userIds]));

  const pickerProps = {
    title: 'Select users',
    confirmLabel: () => 'Select',
    exclude: new Set(userIds),
    max: MAX_RULE_VALIDATION_USERS - userIds.length,
    onConfirm: (people: readonly { readonly id: string }[]) => {
      editor.setValidationUserIds([...userIds, ...people.map((person) => person.id)]);
      setPicking(false);
    },
    onCancel: () => setPicking(false),
  };
  if (picking && inPane) return <PeoplePicker {...pickerProps} />;

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  return (
    <div className={styles.tab}>
      <Text>Choose users to check whether the rule, as it stands in the editor, makes them members. You can check up to {MAX_RULE_VALIDATION_USERS} users at a time.</Text>
      <div>
        <Button ref={addButton} icon={<AddRegular />} disabled={userIds.length >= MAX_RULE_VALIDATION_USERS} onClick={() => setPicking(true)} {...opener}>
          Add users
        </Button>
      </div>
      {!validation.ok && userIds.length > 0 && <Text>The rule can't be validated until its syntax is fixed on the Configure Rules tab.</Text>}
      {validation.ok && validation.users.length > 0 && (
        <ListTable
          label="Validation results"
          rows={validation.users}
          rowId={(result) => result.userId}
          columns={[
            {
              id: 'name',
              header: 'Name',
              cell: (result) => (
                <>
                  {result.displayName} <span className={shared.muted}>{result.userPrincipalName}</span>
                </>
              ),
            },
            { id: 'status', header: 'Membership status', cell: (result) => <Status result={result} /> },
            {
              id: 'actions',
              header: <span className={shared.visuallyHidden}>Actions</span>,
              cell: (result) => (
                <span className={styles.actions}>
                  <Button size="small" appearance="subtle" aria-label={`View details for ${result.displayName}`} aria-expanded={open.has(result.userId)} onClick={() => toggle(result.userId)}>
                    View details
                  </Button>
                  <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={() => editor.setValidationUserIds(userIds.filter((id) => id !== result.userId))}>
                    <span className={shared.visuallyHidden}>Remove {result.displayName}</span>
                  </Button>
                </span>
              ),
            },
          ]}
          details={(result) => open.has(result.userId) && <Details result={result} />}
          appearance="plain"
        />
      )}
      {picking && !inPane && <PeoplePickerDialog {...pickerProps} />}
    </div>
  );
}
