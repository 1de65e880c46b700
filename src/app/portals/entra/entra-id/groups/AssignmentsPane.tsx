import {
  Button,
  Checkbox,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { licenseProducts, skuById, type AssignedLicense, type GroupLicensing, type TenantError } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { SidePane } from '../../../../kit/SidePane';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  product: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  plans: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalXXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The group's licenses as the pane edits them: product → its turned-off service plans. */
type Choices = ReadonlyMap<string, ReadonlySet<string>>;

function initialChoices(licensing: GroupLicensing): Choices {
  return new Map(licensing.licenses.map((license) => [license.skuId, new Set(license.servicePlans.filter((plan) => !plan.enabled).map((plan) => plan.servicePlanId))]));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/** The one `group.assignLicense` that turns the group's licenses into the pane's choices. */
function assignmentChange(before: Choices, after: Choices): { addLicenses: AssignedLicense[]; removeLicenses: string[] } {
  const addLicenses: AssignedLicense[] = [];
  for (const [skuId, disabled] of after) {
    const held = before.get(skuId);
    if (!held || !sameSet(held, disabled)) addLicenses.push({ skuId, disabledPlans: [...disabled] });
  }
  const removeLicenses = [...before.keys()].filter((skuId) => !after.has(skuId));
  return { addLicenses, removeLicenses };
}

function ProductChoice({ skuId, label, disabled, onChange }: { readonly skuId: string; readonly label: string; readonly disabled: ReadonlySet<string> | undefined; readonly onChange: (next: ReadonlySet<string> | undefined) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const plansId = useId();
  const plans = skuById(skuId)?.servicePlans ?? [];
  const checked = disabled !== undefined;
  return (
    <div className={styles.product}>
      <Checkbox checked={checked} onChange={(_, data) => onChange(data.checked === true ? new Set() : undefined)} label={label} />
      {checked && (
        <>
          <div>
            <Button appearance="subtle" size="small" icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={open} aria-controls={plansId} onClick={() => setOpen(!open)}>
              Review license options ({plans.length - disabled.size} of {plans.length} services on)
            </Button>
          </div>
          {open && (
            <div id={plansId} role="group" aria-label={`Services of ${label}`} className={styles.plans}>
              {plans.map((plan) => (
                <Checkbox
                  key={plan.servicePlanId}
                  checked={!disabled.has(plan.servicePlanId)}
                  label={plan.displayName}
                  onChange={(_, data) => {
                    const next = new Set(disabled);
                    if (data.checked === true) next.delete(plan.servicePlanId);
                    else next.add(plan.servicePlanId);
                    onChange(next);
                  }}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}

/**
 * "+ Assignments" on a group's Licenses blade: tick the products the group gives its members and
 * turn service plans off, then Save sends one `group.assignLicense`.
 */
export function AssignmentsPane({ groupId, groupName, licensing, onSaved, onClose }: {
  readonly groupId: string;
  readonly groupName: string;
  readonly licensing: GroupLicensing;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const store = useTenantStore();
  const products = useTenant(licenseProducts, rowsEqual);
  const [before] = useState(() => initialChoices(licensing));
  const [choices, setChoices] = useState<Choices>(before);
  const [error, setError] = useState<TenantError | null>(null);
  const change = assignmentChange(before, choices);
  const changed = change.addLicenses.length + change.removeLicenses.length > 0;

  const save = () => {
    const result = store.send({ type: 'group.assignLicense', groupId, ...change });
    if (result.ok) onSaved();
    else setError(result.error);
  };
  const choose = (skuId: string, disabled: ReadonlySet<string> | undefined) => {
    const next = new Map(choices);
    if (disabled) next.set(skuId, disabled);
    else next.delete(skuId);
    setChoices(next);
  };

  return (
    <SidePane
      title="Update license assignments"
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" disabled={!changed} onClick={save}>
            Save
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <Text>
        Choose the products every member of {groupName} gets. Members already holding a product don't take a second license; members the tenant can't license show up in the
        group's license errors.
      </Text>
      <section aria-label="Select products" className={styles.body}>
        {products.map((product) => (
          <ProductChoice
            key={product.skuId}
            skuId={product.skuId}
            label={`${product.displayName} (${product.available.toLocaleString('en-US')} of ${product.purchased.toLocaleString('en-US')} available)`}
            disabled={choices.get(product.skuId)}
            onChange={(disabled) => choose(product.skuId, disabled)}
          />
        ))}
      </section>
      <TenantErrorBar error={error} title="License assignment failed" />
    </SidePane>
  );
}
