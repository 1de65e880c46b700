import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { defaultDomain, sampleUserCsv, USER_CSV_HEADER, type Tenant } from '../../../../../../tenant';
import { useTenant } from '../../../../../tenant-context';
import { ListTable } from '../../../../../kit/ListTable';
import type { AddUsersCsvWizard } from './useAddUsersCsv';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  downloads: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  drop: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingHorizontalL,
    border: `1px dashed ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2, border: `1px dashed ${tokens.colorBrandStroke1}` },
  hiddenInput: { display: 'none' },
  problems: { maxHeight: '320px', overflowY: 'auto' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const selectDefaultDomainName = (tenant: Tenant): string => defaultDomain(tenant)?.id ?? 'contoso.com';

function csvHref(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}

const HEADERS_ONLY = csvHref(USER_CSV_HEADER.join(',') + '\r\n');

/** The rows the tenant refused, by line of the file. Values from the file are shown as text only. */
function ProblemsTable({ wizard }: { wizard: AddUsersCsvWizard }) {
  const styles = useStyles();
  const errors = wizard.file?.parsed.errors ?? [];
  return (
    <div className={styles.problems}>
      <ListTable
        label="Problems in the file"
        rows={errors.map((error, index) => ({ ...error, key: `${error.line}-${index}` }))}
        rowId={(error) => error.key}
        columns={[
          { id: 'line', header: 'Line', width: '64px', cell: (error) => error.line },
          { id: 'column', header: 'Column', width: '180px', cell: (error) => error.column ?? '' },
          { id: 'problem', header: 'Problem', cell: (error) => error.message },
        ]}
        appearance="plain"
      />
    </div>
  );
}

function ParseSummary({ wizard }: { wizard: AddUsersCsvWizard }) {
  const { file } = wizard;
  if (!file) return null;
  const valid = file.parsed.users.length;
  const rows = new Set(file.parsed.errors.map((error) => error.line)).size;
  const users = (count: number) => (count === 1 ? '1 user' : `${count} users`);
  if (rows === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{file.name} is ready.</MessageBarTitle>
          {users(valid)} will be added.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <MessageBar intent={valid === 0 ? 'error' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {file.name} has problems on {rows === 1 ? '1 line' : `${rows} lines`}.
          </MessageBarTitle>
          {valid === 0
            ? 'No user in this file can be added. Fix the lines below and upload the file again.'
            : `Only the ${users(valid)} without problems will be added if you continue; the lines below will be skipped. To add them too, fix the file and upload it again.`}
        </MessageBarBody>
      </MessageBar>
      <ProblemsTable wizard={wizard} />
    </>
  );
}

/** "Add list of users": the template downloads, then the file, picked or dropped, and what was found in it. */
export function UploadStep({ wizard }: { wizard: AddUsersCsvWizard }) {
  const styles = useStyles();
  const domain = useTenant(selectDefaultDomainName);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void wizard.upload(dropped);
  };
  return (
    <div className={styles.step}>
      <RadioGroup aria-label="How to add users" value="csv">
        <Radio value="csv" label="I'd like to upload a CSV with user information" />
      </RadioGroup>
      <Text>
        Use the template: its first row holds the column headings, in this order, and each row below it is one user. User Name and Display Name are required. A file can add up to 249 users.
      </Text>
      <ul className={styles.downloads}>
        <li>
          <Link href={HEADERS_ONLY} download="user-template.csv">
            Download a CSV file with headers only
          </Link>
        </li>
        <li>
          <Link href={csvHref(sampleUserCsv(domain))} download="user-sample.csv">
            Download a CSV file with headers and sample user information
          </Link>
        </li>
      </ul>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="csv-drop-zone"
      >
        <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
          Browse
        </Button>
        <Text>{wizard.file ? wizard.file.name : 'Or drop a CSV file here.'}</Text>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file with user information"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) void wizard.upload(chosen);
            // Choosing the same file again after fixing it must read it again.
            event.target.value = '';
          }}
        />
      </div>
      {wizard.fileError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{wizard.fileError}</MessageBarBody>
        </MessageBar>
      )}
      <ParseSummary wizard={wizard} />
      {wizard.stepError && (
        <Text role="alert" className={styles.error}>
          {wizard.stepError}
        </Text>
      )}
    </div>
  );
}
