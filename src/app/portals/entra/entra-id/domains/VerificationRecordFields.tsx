import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { verificationDnsRecords, type Domain } from '../../../../../tenant';
import { CopyButton } from '../../../admin/settings/domains/records/CopyButton';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  value: { fontFamily: tokens.fontFamilyMonospace },
});

function RecordField({ label, value }: { readonly label: string; readonly value: string }) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Input readOnly value={value} input={{ className: styles.value }} contentAfter={<CopyButton value={value} label={`Copy ${label}`} />} />
    </Field>
  );
}

/** The DNS record Entra's domain page asks for, TXT or MX, as read-only fields to copy. */
export function VerificationRecordFields({ domain }: { readonly domain: Domain }) {
  const styles = useStyles();
  const [type, setType] = useState<'TXT' | 'MX'>('TXT');
  const [txt, mx] = verificationDnsRecords(domain);
  const record = type === 'MX' ? mx! : txt!;
  return (
    <div className={styles.fields}>
      <Field label="Record type">
        <RadioGroup layout="horizontal" value={type} onChange={(_, data) => setType(data.value === 'MX' ? 'MX' : 'TXT')}>
          <Radio value="TXT" label="TXT" />
          <Radio value="MX" label="MX" />
        </RadioGroup>
      </Field>
      <RecordField label="Alias or host name" value={record.name} />
      <RecordField label="Destination or points to address" value={record.value} />
      {record.type === 'MX' && <RecordField label="Priority" value={String(record.priority)} />}
      <RecordField label="TTL" value={String(record.ttl)} />
    </div>
  );
}
