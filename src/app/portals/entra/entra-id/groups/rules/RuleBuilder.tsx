import { Button, Input, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { RULE_BUILDER_MAX_EXPRESSIONS, RULE_BUILDER_OPERATORS, ruleProperties, type RuleBuilderOperator, type RulePropertyType } from '../../../../../../tenant';
import { useSharedStyles } from '../../../../../shell/shared-styles';
import { ListTable, type ListColumn } from '../../../../../kit/ListTable';
import type { EditableRow, RuleEditorState } from './useRuleEditor';

const useStyles = makeStyles({
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  control: { width: '100%', minWidth: 0 },
});

/** The builder compares single values; collections, assigned plans and memberOf need the text box. */
const BUILDER_TYPES: ReadonlySet<RulePropertyType> = new Set(['string', 'boolean', 'dateTime']);
const PROPERTIES = ruleProperties('user')
  .filter((property) => BUILDER_TYPES.has(property.type))
  .map((property) => property.name)
  .sort((a, b) => a.localeCompare(b));
const ALL_OPERATORS = Object.keys(RULE_BUILDER_OPERATORS) as RuleBuilderOperator[];
/** Booleans and dates only take Equals and Not Equals in the builder. */
const EQUALITY: readonly RuleBuilderOperator[] = ['Equals', 'Not Equals'];
const TYPES = new Map(ruleProperties('user').map((property) => [property.name, property.type]));

function operatorsFor(property: string): readonly RuleBuilderOperator[] {
  const type = TYPES.get(property);
  return type === 'boolean' || type === 'dateTime' ? EQUALITY : ALL_OPERATORS;
}

function builderColumns(editor: RuleEditorState, cell: string, control: string, hidden: string): readonly ListColumn<EditableRow>[] {
  // Each control is named after its expression's number, as a screen reader reads across the row.
  const n = (row: EditableRow) => editor.rows.indexOf(row) + 1;
  return [
    {
      id: 'andOr',
      header: 'And/Or',
      width: '90px',
      cellClassName: cell,
      cell: (row) =>
        n(row) > 1 && (
          <Select
            className={control}
            aria-label={`And/Or, expression ${n(row)}`}
            value={row.andOr ?? 'And'}
            onChange={(_, data) => editor.updateRow(row.key, { andOr: data.value === 'Or' ? 'Or' : 'And' })}
          >
            <option>And</option>
            <option>Or</option>
          </Select>
        ),
    },
    {
      id: 'property',
      header: 'Property',
      cellClassName: cell,
      cell: (row) => (
        <Select
          className={control}
          aria-label={`Property, expression ${n(row)}`}
          value={row.property}
          onChange={(_, data) => {
            const operators = operatorsFor(data.value);
            editor.updateRow(row.key, { property: data.value, operator: operators.includes(row.operator) ? row.operator : 'Equals' });
          }}
        >
          <option value="">Choose a property</option>
          {PROPERTIES.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </Select>
      ),
    },
    {
      id: 'operator',
      header: 'Operator',
      width: '170px',
      cellClassName: cell,
      cell: (row) => (
        <Select
          className={control}
          aria-label={`Operator, expression ${n(row)}`}
          value={row.operator}
          onChange={(_, data) => editor.updateRow(row.key, { operator: data.value as RuleBuilderOperator })}
        >
          {operatorsFor(row.property).map((operator) => (
            <option key={operator}>{operator}</option>
          ))}
        </Select>
      ),
    },
    {
      id: 'value',
      header: 'Value',
      cellClassName: cell,
      cell: (row) => <Input className={control} aria-label={`Value, expression ${n(row)}`} value={row.value} onChange={(_, data) => editor.updateRow(row.key, { value: data.value })} />,
    },
    {
      id: 'delete',
      header: <span className={hidden}>Delete</span>,
      width: '48px',
      cellClassName: cell,
      cell: (row) => (
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => editor.removeRow(row.key)}>
          <span className={hidden}>Delete expression {n(row)}</span>
        </Button>
      ),
    },
  ];
}

/** The rule builder grid: And/Or, Property, Operator, Value, up to five expressions. */
export function RuleBuilder({ editor }: { readonly editor: RuleEditorState }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      <ListTable label="Rule builder" rows={editor.rows} rowId={(row) => String(row.key)} columns={builderColumns(editor, styles.cell, styles.control, shared.visuallyHidden)} appearance="plain" />
      <div>
        <Link as="button" disabled={!editor.canAddRow} onClick={editor.addRow}>
          <AddRegular aria-hidden /> Add expression
        </Link>
        {!editor.canAddRow && <span className={shared.muted}> The rule builder holds at most {RULE_BUILDER_MAX_EXPRESSIONS} expressions; use the text box for more.</span>}
      </div>
    </>
  );
}
