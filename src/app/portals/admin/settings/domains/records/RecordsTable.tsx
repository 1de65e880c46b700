import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { DnsRecordData } from '../../../../../../tenant';
import { CopyButton } from './CopyButton';
import type { RecordColumn } from './record-columns';

const useStyles = makeStyles({
  // Columns size to their content, so a long host name gets the room and short numbers don't.
  table: { tableLayout: 'auto' },
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  // Record values are long tokens (MS=ms12345678, host names); they wrap anywhere rather than overflow.
  value: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface RecordsTableProps {
  /** The table's accessible name, e.g. "MX Records". */
  readonly label: string;
  readonly columns: readonly RecordColumn[];
  readonly records: readonly DnsRecordData[];
}

/** Records of one type, as the admin center asks for them, each value with its Copy icon. */
export function RecordsTable({ label, columns, records }: RecordsTableProps) {
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record, index) => (
          <TableRow key={index}>
            {columns.map((column) => {
              const text = column.text(record);
              return (
                <TableCell key={column.header}>
                  <span className={styles.cell}>
                    <span className={column.copy ? styles.value : undefined}>{text}</span>
                    {column.copy && text !== '' && <CopyButton value={text} label={`Copy ${column.header}`} />}
                  </span>
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
