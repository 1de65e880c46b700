import { useMemo, useState } from 'react';
import {
  formatRuleBuilderRows,
  parseMembershipRule,
  RULE_BUILDER_MAX_EXPRESSIONS,
  ruleBuilderRows,
  type RuleBuilderRow,
  type RuleSyntaxError,
} from '../../../../../../tenant';

/** A row of the builder grid while it is edited; a row without a property isn't part of the rule yet. */
export interface EditableRow extends RuleBuilderRow {
  readonly key: number;
}

interface EditorState {
  /** The builder shows rows; the text box alone holds rules the builder can't show. */
  readonly mode: 'builder' | 'text';
  readonly rows: readonly EditableRow[];
  readonly text: string;
  /** Why the builder can't show the rule (text mode). */
  readonly reason: string | null;
}

let nextKey = 1;
const keyed = (row: RuleBuilderRow): EditableRow => ({ ...row, key: nextKey++ });
const emptyRow = (first: boolean): EditableRow => keyed({ andOr: first ? null : 'And', property: '', operator: 'Equals', value: '' });

/** Opens a rule the way the portal does: in the builder if it fits there, else in the text box. */
function stateFor(text: string): EditorState {
  if (text.trim() === '') return { mode: 'builder', rows: [emptyRow(true)], text: '', reason: null };
  const parsed = parseMembershipRule(text);
  if (!parsed.ok) return { mode: 'text', rows: [], text, reason: null };
  const fit = ruleBuilderRows(parsed.rule);
  return fit.rows ? { mode: 'builder', rows: fit.rows.map(keyed), text, reason: null } : { mode: 'text', rows: [], text, reason: fit.reason };
}

/**
 * The dynamic membership rule editor's behaviour: builder rows and the rule text kept in step,
 * the "Edit rule syntax" box, and the rule's parse result with its position for the error view.
 */
export function useRuleEditor(initialRule: string) {
  const [state, setState] = useState<EditorState>(() => stateFor(initialRule));
  const [editing, setEditing] = useState<string | null>(null);
  const [editError, setEditError] = useState<RuleSyntaxError | null>(null);
  /** The users chosen on the Validate Rules tab, kept while the learner switches tabs. */
  const [validationUserIds, setValidationUserIds] = useState<readonly string[]>([]);

  const complete = state.rows.filter((row) => row.property !== '');
  const ruleText = state.mode === 'builder' ? (complete.length > 0 ? formatRuleBuilderRows(complete) : '') : state.text;
  const parsed = useMemo(() => parseMembershipRule(ruleText), [ruleText]);

  const setRows = (rows: readonly EditableRow[]) => setState((current) => ({ ...current, rows }));

  return {
    mode: state.mode,
    rows: state.rows,
    reason: state.reason,
    ruleText,
    /** Null while the builder has no complete expression yet. */
    error: !parsed.ok && ruleText !== '' ? parsed.error : null,
    isValid: parsed.ok,
    canAddRow: state.mode === 'builder' && state.rows.length < RULE_BUILDER_MAX_EXPRESSIONS,
    updateRow(key: number, patch: Partial<Pick<RuleBuilderRow, 'andOr' | 'property' | 'operator' | 'value'>>) {
      setRows(state.rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    },
    addRow() {
      if (state.rows.length < RULE_BUILDER_MAX_EXPRESSIONS) setRows([...state.rows, emptyRow(state.rows.length === 0)]);
    },
    removeRow(key: number) {
      const rows = state.rows.filter((row) => row.key !== key);
      // The first row joins nothing above it.
      setRows(rows.length === 0 ? [emptyRow(true)] : rows.map((row, i) => (i === 0 ? { ...row, andOr: null } : row)));
    },
    editing,
    editError,
    beginEdit() {
      setEditError(null);
      setEditing(ruleText);
    },
    changeEdit(text: string) {
      setEditing(text);
    },
    /** "OK": the text must parse; then the builder shows it if it can. Returns whether it closed. */
    applyEdit(): boolean {
      if (editing === null) return true;
      const result = parseMembershipRule(editing);
      if (!result.ok) {
        setEditError(result.error);
        return false;
      }
      setState(stateFor(editing));
      setEditing(null);
      setEditError(null);
      return true;
    },
    cancelEdit() {
      setEditing(null);
      setEditError(null);
    },
    validationUserIds,
    setValidationUserIds,
  };
}

export type RuleEditorState = ReturnType<typeof useRuleEditor>;
