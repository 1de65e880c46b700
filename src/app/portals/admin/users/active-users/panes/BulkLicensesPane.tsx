import { Button, Checkbox, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { getById, licenseProducts, type Tenant } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { useTenant } from '../../../../../tenant-context';
import { OutcomeList, useRunForEach, type Outcome } from './outcomes';
import { PaneFrame } from '../../../../../kit/PaneFrame';
import { useTargets } from './useTargets';

const useStyles = makeStyles({
  products: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  product: { display: 'flex', flexDirection: 'column' },
  note: { marginLeft: '32px', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Mode = 'add' | 'replace' | 'remove';

/** Each selected user's directly assigned products (inherited ones are the group's to change). */
function directLicenses(tenant: Tenant, userIds: readonly string[]): string[][] {
  return userIds.map((id) =>
    (getById(tenant.directory.users, id)?.licenseAssignmentStates ?? []).filter((record) => record.assignedByGroup === null).map((record) => record.skuId),
  );
}

const listsEqual = (a: string[][], b: string[][]) => a.length === b.length && a.every((list, index) => list.join() === b[index]!.join());

export interface BulkLicensesPaneProps {
  readonly userIds: readonly string[];
  readonly onClose: () => void;
}

/**
 * "Manage product licenses" for the selected users: assign more, replace, or unassign all; then
 * one `user.assignLicense` per user (the pane saves user by user and lists how each went).
 */
export function BulkLicensesPane({ userIds, onClose }: BulkLicensesPaneProps) {
  const styles = useStyles();
  const targets = useTargets(userIds);
  const held = useTenant(
    useCallback((tenant: Tenant) => directLicenses(tenant, userIds), [userIds]),
    listsEqual,
  );
  const products = useTenant(licenseProducts, rowsEqual);
  const runForEach = useRunForEach();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('add');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [outcomes, setOutcomes] = useState<readonly Outcome[] | null>(null);
  const heldBy = new Map(userIds.map((id, index) => [id, held[index] ?? []]));

  const save = () =>
    setOutcomes(
      runForEach(targets, (target) => {
        const current = heldBy.get(target.id) ?? [];
        const wanted = mode === 'remove' ? [] : [...chosen];
        const addLicenses = wanted.filter((skuId) => !current.includes(skuId)).map((skuId) => ({ skuId, disabledPlans: [] }));
        const removeLicenses = mode === 'add' ? [] : current.filter((skuId) => !chosen.has(skuId) || mode === 'remove');
        return { type: 'user.assignLicense', userId: target.id, addLicenses, removeLicenses };
      }),
    );

  const toggle = (skuId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(skuId);
    else next.delete(skuId);
    setChosen(next);
  };

  return (
    <PaneFrame
      title="Manage product licenses"
      onClose={onClose}
      footer={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <Button appearance="primary" disabled={targets.length === 0 || (mode !== 'remove' && chosen.size === 0)} onClick={save}>
            Save changes
          </Button>
        )
      }
    >
      {outcomes ? (
        <OutcomeList outcomes={outcomes} success="Licenses updated" />
      ) : (
        <>
          <Text>{targets.length === 1 ? `1 user selected: ${targets[0]!.displayName}.` : `${targets.length} users selected.`}</Text>
          <RadioGroup aria-label="How to change the licenses" value={mode} onChange={(_event, data) => setMode(data.value as Mode)}>
            <Radio value="add" label="Assign more: Keep the existing licenses and assign more" />
            <Radio value="replace" label="Replace: Remove all existing licenses and replace them with new ones" />
            <Radio value="remove" label="Unassign all: Remove all existing licenses" />
          </RadioGroup>
          {mode !== 'remove' && (
            <div className={styles.products} role="group" aria-labelledby={headingId}>
              <h3 id={headingId} className={styles.heading}>
                Licenses
              </h3>
              {products.map((product) => (
                <div key={product.skuId} className={styles.product}>
                  <Checkbox label={product.displayName} checked={chosen.has(product.skuId)} onChange={(_event, data) => toggle(product.skuId, data.checked === true)} />
                  <Text className={styles.note}>{`${Math.max(0, product.available)} of ${product.purchased} licenses available`}</Text>
                </div>
              ))}
            </div>
          )}
          {mode === 'remove' && <Text>Licenses the users inherit from a group stay: remove those from the group.</Text>}
        </>
      )}
    </PaneFrame>
  );
}
