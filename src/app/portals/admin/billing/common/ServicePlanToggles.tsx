import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ServicePlanChoice } from '../../../../../views/product-licenses';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalXS, maxHeight: '320px', overflowY: 'auto' },
});

/** "Turn apps and services on or off": one box per service plan of the product, ticked when on. */
export function ServicePlanToggles({ plans, disabled, onChange }: { readonly plans: readonly ServicePlanChoice[]; readonly disabled: ReadonlySet<string>; readonly onChange: (disabled: ReadonlySet<string>) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Apps and services" className={styles.list}>
      {plans.map((plan) => (
        <Checkbox
          key={plan.servicePlanId}
          label={plan.displayName}
          checked={!disabled.has(plan.servicePlanId)}
          onChange={(_, data) => {
            const next = new Set(disabled);
            if (data.checked) next.delete(plan.servicePlanId);
            else next.add(plan.servicePlanId);
            onChange(next);
          }}
        />
      ))}
    </div>
  );
}
