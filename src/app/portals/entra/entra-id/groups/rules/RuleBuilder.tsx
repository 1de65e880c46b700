import { Button, Input, Link, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { RULE_BUILDER_MAX_EXPRESSIONS, RULE_BUILDER_OPERATORS, ruleProperties, type RuleBuilderOperator, type RulePropertyType } from '../../../../../../tenant';
import { useSharedStyles } from '../../../../../shell/shared-styles';
import type { EditableRow, RuleEditorState } from './useRuleEditor';

const useStyles = makeStyles({
  grid: { tableLayout: 'fixed' },
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

function BuilderRow({ editor, row, index }: { readonly editor: RuleEditorState; readonly row: EditableRow; readonly index: number }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const n = index + 1;
  return (
    <TableRow>
      <TableCell className={styles.cell}>
        {index > 0 && (
          <Select
            className={styles.control}
            aria-label={`And/Or, expression ${n}`}
            value={row.andOr ?? 'And'}
            onChange={(_, data) => editor.updateRow(row.key, { andOr: data.value === 'Or' ? 'Or' : 'And' })}
          >
            <option>And</option>
            <option>Or</option>
          </Select>
        )}
      </TableCell>
      <TableCell className={styles.cell}>
        <Select
          className={styles.control}
          aria-label={`Property, expression ${n}`}
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
      </TableCell>
      <TableCell className={styles.cell}>
        <Select
          className={styles.control}
          aria-label={`Operator, expression ${n}`}
          value={row.operator}
          onChange={(_, data) => editor.updateRow(row.key, { operator: data.value as RuleBuilderOperator })}
        >
          {operatorsFor(row.property).map((operator) => (
            <option key={operator}>{operator}</option>
          ))}
        </Select>
      </TableCell>
      <TableCell className={styles.cell}>
        <Input className={styles.control} aria-label={`Value, expression ${n}`} value={row.value} onChange={(_, data) => editor.updateRow(row.key, { value: data.value })} />
      </TableCell>
      <TableCell className={styles.cell}>
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => editor.removeRow(row.key)}>
          <span className={shared.visuallyHidden}>Delete expression {n}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** The rule builder grid: And/Or, Property, Operator, Value, up to five expressions. */
export function RuleBuilder({ editor }: { readonly editor: RuleEditorState }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <>
      <Table aria-label="Rule builder" size="small" className={styles.grid}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '90px' }}>And/Or</TableHeaderCell>
            <TableHeaderCell>Property</TableHeaderCell>
            <TableHeaderCell style={{ width: '170px' }}>Operator</TableHeaderCell>
            <TableHeaderCell>Value</TableHeaderCell>
            <TableHeaderCell style={{ width: '48px' }}>
              <span className={shared.visuallyHidden}>Delete</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {editor.rows.map((row, index) => (
            <BuilderRow key={row.key} editor={editor} row={row} index={index} />
          ))}
        </TableBody>
      </Table>
      <div>
        <Link as="button" disabled={!editor.canAddRow} onClick={editor.addRow}>
          <AddRegular aria-hidden /> Add expression
        </Link>
        {!editor.canAddRow && <span className={shared.muted}> The rule builder holds at most {RULE_BUILDER_MAX_EXPRESSIONS} expressions; use the text box for more.</span>}
      </div>
    </>
  );
}
