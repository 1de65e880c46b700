import { Button, Checkbox, Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useDeferredValue, useState } from 'react';
import type { ProductSummary } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { searchLicensableGroups, type GroupOption } from '../../../../../views/product-licenses';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, OutcomeList, type ItemOutcome } from '../../../../kit/Feedback';
import { SidePane } from '../../../../kit/SidePane';

const MAX_GROUPS = 20;

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalXS, maxHeight: '360px', overflowY: 'auto' },
  group: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * A product's Groups tab > "+ Assign licenses": search the suggested groups, tick up to 20,
 * "Assign". Each group is one `group.assignLicense`; its members are licensed as the group is.
 */
export function AssignGroupsPane({ product, onClose }: { readonly product: ProductSummary; readonly onClose: () => void }) {
  const styles = useStyles();
  const store = useTenantStore();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useTenant(
    useCallback((tenant) => searchLicensableGroups(tenant, product.skuId, deferred, 50), [product.skuId, deferred]),
    rowsEqual,
  );
  const [chosen, setChosen] = useState<readonly GroupOption[]>([]);
  const [touched, setTouched] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);
  const full = chosen.length >= MAX_GROUPS;

  const assign = () => {
    setTouched(true);
    if (chosen.length === 0) return;
    setOutcomes(
      chosen.map((group) => {
        const result = store.send({ type: 'group.assignLicense', groupId: group.id, addLicenses: [{ skuId: product.skuId, disabledPlans: [] }], removeLicenses: [] });
        return { id: group.id, name: group.displayName, error: result.ok ? null : result.error.message };
      }),
    );
  };
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];

  return (
    <SidePane
      title="Assign licenses to groups"
      subtitle={product.displayName}
      onClose={onClose}
      footer={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <Button appearance="primary" onClick={assign}>
            Assign
          </Button>
        )
      }
    >
      {outcomes ? (
        <>
          <FeedbackBar
            feedback={
              failed.length === 0
                ? { ok: true, title: 'Licenses assigned', message: 'Members of the groups get the license. Check each group\u2019s status for members who need action.' }
                : { ok: false, title: "Some licenses weren't assigned", message: 'Fix the problems below, then try again.' }
            }
          />
          <OutcomeList outcomes={outcomes} success="License assigned to the group." />
        </>
      ) : (
        <>
          <Text>Only security groups and security-enabled Microsoft 365 groups can be assigned licenses.</Text>
          <Field label="Search for groups" validationMessage={touched && chosen.length === 0 ? 'Select at least one group.' : undefined}>
            <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <Text weight="semibold">Suggested groups</Text>
          <div role="group" aria-label="Suggested groups" className={styles.results}>
            {groups.length === 0 && <Text className={styles.muted}>No groups found.</Text>}
            {groups.map((group) => {
              const checked = chosen.some((other) => other.id === group.id);
              return (
                <Checkbox
                  key={group.id}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(_, data) => setChosen((current) => (data.checked ? [...current, group] : current.filter((other) => other.id !== group.id)))}
                  label={
                    <span className={styles.group}>
                      <span>{group.displayName}</span>
                      <span className={styles.muted}>{group.memberCount === 1 ? '1 member' : `${group.memberCount} members`}</span>
                    </span>
                  }
                />
              );
            })}
          </div>
          <Text className={styles.muted} aria-live="polite">
            {chosen.length} selected{full ? ` (you can assign to up to ${MAX_GROUPS} groups at a time)` : ''}
          </Text>
        </>
      )}
    </SidePane>
  );
}
