import { makeStyles, tokens } from '@fluentui/react-components';
import type { DnsRecordData } from '../../../../../../tenant';
import { ListTable } from '../../../../../kit/ListTable';
import { CopyButton } from './CopyButton';
import type { RecordColumn } from './record-columns';

const useStyles = makeStyles({
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

/** Records of one type, as the admin center asks for them, each value with its Copy icon; columns size to their content, so a long host name gets the room and short numbers don't. */
export function RecordsTable({ label, columns, records }: RecordsTableProps) {
  const styles = useStyles();
  return (
    <ListTable
      label={label}
      rows={records.map((record, index) => ({ record, index }))}
      rowId={(row) => String(row.index)}
      appearance="plain"
      fitContent
      columns={columns.map((column) => ({
        id: column.header,
        header: column.header,
        cell: ({ record }: { readonly record: DnsRecordData }) => {
          const text = column.text(record);
          return (
            <span className={styles.cell}>
              <span className={column.copy ? styles.value : undefined}>{text}</span>
              {column.copy && text !== '' && <CopyButton value={text} label={`Copy ${column.header}`} />}
            </span>
          );
        },
      }))}
    />
  );
}
