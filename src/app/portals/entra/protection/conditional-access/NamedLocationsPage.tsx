import { Button, Checkbox, Field, Input, Textarea, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, GlobeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { selectNamedLocationRows } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import type { TenantError } from '../../../../../tenant';
import { entraPaths } from '../../paths';

type Adding = 'ip' | 'country' | null;

/** The values a list field holds: one per line or comma. */
function listOf(text: string): string[] {
  return text.split(/[\n,]/).map((value) => value.trim()).filter((value) => value.length > 0);
}

function NewLocationPane({ kind, onClose, onSaved }: { readonly kind: 'ip' | 'country'; readonly onClose: () => void; readonly onSaved: (name: string) => void }) {
  const store = useTenantStore();
  const styles = useListStyles();
  const [name, setName] = useState('');
  const [values, setValues] = useState('');
  const [trusted, setTrusted] = useState(false);
  const [unknown, setUnknown] = useState(false);
  const [error, setError] = useState<TenantError | null>(null);
  const create = () => {
    const location =
      kind === 'ip'
        ? { kind, displayName: name, ipRanges: listOf(values), isTrusted: trusted }
        : { kind, displayName: name, countriesAndRegions: listOf(values).map((code) => code.toUpperCase()), includeUnknownCountriesAndRegions: unknown };
    const result = store.send({ type: 'namedLocation.save', location });
    if (!result.ok) setError(result.error);
    else onSaved(name.trim());
  };
  return (
    <SidePane
      title={kind === 'ip' ? 'New location (IP ranges)' : 'New location (Countries)'}
      onClose={onClose}
      footer={
        <div className={styles.actions}>
          <Button appearance="primary" onClick={create}>
            Create
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      }
    >
      <div className={styles.form}>
        <TenantErrorBar error={error} />
        <Field label="Name" required>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        {kind === 'ip' ? (
          <>
            <Field label="IP ranges" hint="One IPv4 range per line, in CIDR notation, such as 203.0.113.0/24.">
              <Textarea value={values} onChange={(_, data) => setValues(data.value)} />
            </Field>
            <Checkbox label="Mark as trusted location" checked={trusted} onChange={(_, data) => setTrusted(data.checked === true)} />
          </>
        ) : (
          <>
            <Field label="Countries/Regions" hint="Two-letter codes, such as DE or FR, separated by commas.">
              <Input value={values} onChange={(_, data) => setValues(data.value)} />
            </Field>
            <Checkbox label="Include unknown countries/regions" checked={unknown} onChange={(_, data) => setUnknown(data.checked === true)} />
          </>
        )}
      </div>
    </SidePane>
  );
}

/** Conditional Access > Named locations: IP ranges and countries, + IP ranges location, + Countries location. */
export default function NamedLocationsPage() {
  const store = useTenantStore();
  const rows = useTenant(selectNamedLocationRows, rowsEqual);
  const [adding, setAdding] = useState<Adding>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const remove = (id: string, name: string) => {
    const result = store.send({ type: 'namedLocation.delete', locationId: id });
    setFeedback(result.ok ? { ok: true, message: `Deleted ${name}.` } : { ok: false, title: 'Deleting failed', message: result.error.message });
  };
  return (
    <Page title="Named locations" trail={[{ label: 'Conditional Access', to: entraPaths.conditionalAccess }]}>
      <FeedbackBar feedback={feedback} />
      <Toolbar aria-label="Named locations actions">
        <ToolbarButton icon={<AddRegular />} onClick={() => setAdding('ip')}>
          IP ranges location
        </ToolbarButton>
        <ToolbarButton icon={<GlobeRegular />} onClick={() => setAdding('country')}>
          Countries location
        </ToolbarButton>
      </Toolbar>
      <ListTable
        label="Named locations"
        rows={rows}
        rowId={(row) => row.id}
        columns={[
          { id: 'name', header: 'Name', cell: (row) => row.displayName },
          { id: 'type', header: 'Location type', cell: (row) => row.type },
          { id: 'trusted', header: 'Trusted', cell: (row) => row.trusted },
          { id: 'summary', header: 'Ranges or countries', cell: (row) => row.summary },
          {
            id: 'actions',
            header: 'Actions',
            cell: (row) => <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Delete ${row.displayName}`} onClick={() => remove(row.id, row.displayName)} />,
          },
        ]}
        empty="No named locations."
      />
      {adding && (
        <NewLocationPane
          kind={adding}
          onClose={() => setAdding(null)}
          onSaved={(name) => {
            setAdding(null);
            setFeedback({ ok: true, message: `Created ${name}.` });
          }}
        />
      )}
    </Page>
  );
}
