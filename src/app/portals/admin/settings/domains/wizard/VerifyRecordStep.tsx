import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { verificationDnsRecords } from '../../../../../../tenant';
import { OpenDnsHostLink } from '../../../../../sandbox/dns-host/OpenDnsHostLink';
import { TenantErrorBar } from '../../../../../kit/TenantErrorBar';
import { RecordsTable } from '../records/RecordsTable';
import { VERIFICATION_COLUMNS } from '../records/record-columns';
import type { DomainSetup } from './useDomainSetup';

const useStyles = makeStyles({
  surface: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** "Add a record to verify ownership": the one record to publish, then Verify (or "Try again"). */
export function VerifyRecordStep({ setup, zone }: { readonly setup: DomainSetup; readonly zone: string | undefined }) {
  const styles = useStyles();
  const { domain, method } = setup;
  if (!domain) return null;
  const [txt, mx] = verificationDnsRecords(domain);
  const record = method === 'MX' ? mx! : txt!;
  return (
    <>
      <Text>
        Sign in to your DNS hosting provider, go to the DNS records of {domain.id}, and add this {method} record. Then come back here and select Verify.
      </Text>
      {zone && (
        <Text>
          <OpenDnsHostLink zone={zone} />
        </Text>
      )}
      <div className={styles.surface}>
        <RecordsTable label={`${method} record to add`} columns={VERIFICATION_COLUMNS[method]} records={[record]} />
      </div>
      <Text className={styles.note}>
        When you've added the record, it can take a few minutes for Microsoft 365 to see it. Some DNS hosting providers take up to 48 hours.
      </Text>
      <TenantErrorBar error={setup.error} />
    </>
  );
}
