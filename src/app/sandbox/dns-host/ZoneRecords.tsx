import { mergeClasses } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { DnsRecord } from '../../../tenant';
import { dnsZoneSelector } from '../../../views/domains';
import { useTenant, useTenantStore } from '../../tenant-context';
import { useDnsHostStyles } from './dns-host-styles';
import { formOf } from './record-form';
import { RecordEditorForm } from './RecordEditorForm';
import type { Editing } from './useRecordEditor';

function hostOf(record: DnsRecord): string {
  return record.type === 'SRV' ? `${record.service}.${record.protocol}${record.name === '@' ? '' : `.${record.name}`}` : record.name;
}

function detailsOf(record: DnsRecord): string {
  if (record.type === 'MX') return `priority ${record.priority}`;
  if (record.type === 'SRV') return `priority ${record.priority}, weight ${record.weight}, port ${record.port}`;
  return '';
}

/** One zone's records, with Add, Edit and Delete. Every value is shown as text, never as markup. */
export function ZoneRecords({ zoneName }: { readonly zoneName: string }) {
  const styles = useDnsHostStyles();
  const store = useTenantStore();
  const zone = useTenant(useMemo(() => dnsZoneSelector(zoneName), [zoneName]));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  if (!zone) return <p className={styles.banner}>There's no DNS zone for {zoneName} at this DNS host.</p>;

  const close = (text?: string) => {
    setEditing(null);
    if (text) setMessage({ ok: true, text });
    // Back to where the form was opened from; the row's button may be gone after a save.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const remove = (record: DnsRecord) => {
    const result = store.send({ type: 'dns.removeRecord', zone: zone.id, recordId: record.id });
    setConfirmingDelete(null);
    setMessage(result.ok ? { ok: true, text: `${record.type} record deleted.` } : { ok: false, text: result.error.message });
  };
  const editingRecord = editing?.kind === 'edit' ? zone.records.find((record) => record.id === editing.recordId) : undefined;

  return (
    <section className={styles.panel} aria-labelledby="zone-heading">
      <h2 id="zone-heading" className={styles.heading}>
        DNS records for {zone.id}
      </h2>
      <p className={styles.note}>Records you save here are public at once: Microsoft 365 sees them the next time it checks.</p>
      <div role="status">{message && <p className={message.ok ? styles.done : styles.banner}>{message.text}</p>}</div>
      {zone.records.length === 0 ? (
        <p className={styles.note}>This zone has no records yet.</p>
      ) : (
        <table className={styles.table} aria-label={`Records of ${zone.id}`}>
          <thead>
            <tr>
              <th className={styles.th}>Type</th>
              <th className={styles.th}>Host</th>
              <th className={styles.th}>Value / Points to</th>
              <th className={styles.th}>Details</th>
              <th className={styles.th}>TTL</th>
              <th className={styles.th}>Actions</th>
            </tr>
          </thead>
          <tbody>
            {zone.records.map((record) => (
              <tr key={record.id}>
                <td className={styles.td}>{record.type}</td>
                <td className={styles.td}>{hostOf(record)}</td>
                <td className={styles.td}>{record.value}</td>
                <td className={styles.td}>{detailsOf(record)}</td>
                <td className={styles.td}>{record.ttl}</td>
                <td className={styles.td}>
                  {confirmingDelete === record.id ? (
                    <span className={styles.rowActions}>
                      <button type="button" className={mergeClasses(styles.button, styles.danger)} onClick={() => remove(record)}>
                        Yes, delete
                      </button>
                      <button type="button" className={styles.button} onClick={() => setConfirmingDelete(null)}>
                        Keep
                      </button>
                    </span>
                  ) : (
                    <span className={styles.rowActions}>
                      <button
                        type="button"
                        className={styles.button}
                        aria-label={`Edit ${record.type} record ${hostOf(record)} ${record.value}`}
                        onClick={() => {
                          setMessage(null);
                          setEditing({ kind: 'edit', recordId: record.id });
                        }}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className={mergeClasses(styles.button, styles.danger)}
                        aria-label={`Delete ${record.type} record ${hostOf(record)} ${record.value}`}
                        onClick={() => setConfirmingDelete(record.id)}
                      >
                        Delete
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <RecordEditorForm
          key={editing.kind === 'edit' ? editing.recordId : 'add'}
          zone={zone.id}
          editing={editing}
          initial={editingRecord ? formOf(editingRecord) : undefined}
          onSaved={close}
          onCancel={() => close()}
        />
      ) : (
        <div>
          <button
            ref={addButton}
            type="button"
            className={mergeClasses(styles.button, styles.primary)}
            onClick={() => {
              setMessage(null);
              setEditing({ kind: 'add' });
            }}
          >
            Add record
          </button>
        </div>
      )}
    </section>
  );
}
