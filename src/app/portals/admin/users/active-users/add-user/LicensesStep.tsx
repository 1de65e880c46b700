import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { skuById } from '../../../../../../tenant';
import { rowsEqual } from '../../../../../../views/equality';
import { selectAssignableProducts, type ProductChoice } from '../../../../../../views/user-creation';
import { useTenant } from '../../../../../tenant-context';
import { usageLocations } from './countries';
import type { AddUserWizard } from './useAddUser';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  products: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalXXL },
  product: { display: 'flex', flexDirection: 'column' },
  available: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
  error: { color: tokens.colorPaletteRedForeground1 },
  plans: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalM },
  planGroup: { margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
});

export function availabilityText(product: ProductChoice): string {
  return `${Math.max(0, product.available).toLocaleString('en-US')} of ${product.purchased.toLocaleString('en-US')} licenses available`;
}

/** "Select location" as a plain select: the list is long, and a native select types ahead. */
export function LocationSelect({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  return (
    <Field label="Select location" required validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {!value && <option value="">Select a location</option>}
        {usageLocations().map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** "Apps": the service plans of each chosen product, all on unless the learner turns one off. */
function AppsPanel({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const { form, update } = wizard;
  const toggle = (skuId: string, planId: string, on: boolean) => {
    const off = form.disabledPlans[skuId] ?? [];
    update({ disabledPlans: { ...form.disabledPlans, [skuId]: on ? off.filter((id) => id !== planId) : [...off, planId] } });
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="apps">
        <AccordionHeader as="h3">Apps</AccordionHeader>
        <AccordionPanel>
          {form.skuIds.length === 0 && <Text>Select a product license to see its apps.</Text>}
          {form.skuIds.map((skuId) => {
            const sku = skuById(skuId);
            return (
              <fieldset key={skuId} className={styles.planGroup}>
                <legend className={styles.legend}>{sku?.displayName ?? skuId}</legend>
                <div className={styles.plans}>
                  {(sku?.servicePlans ?? []).map((plan) => (
                    <Checkbox
                      key={plan.servicePlanId}
                      label={plan.displayName}
                      checked={!(form.disabledPlans[skuId] ?? []).includes(plan.servicePlanId)}
                      onChange={(_, data) => toggle(skuId, plan.servicePlanId, data.checked === true)}
                    />
                  ))}
                </div>
              </fieldset>
            );
          })}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** "Assign product licenses": location, products with their free seats, or no license. */
export function LicensesStep({ wizard }: { wizard: AddUserWizard }) {
  const styles = useStyles();
  const products = useTenant(selectAssignableProducts, rowsEqual);
  const { form, errors, update } = wizard;
  const toggleProduct = (skuId: string, on: boolean) => update({ skuIds: on ? [...form.skuIds, skuId] : form.skuIds.filter((id) => id !== skuId) });
  return (
    <div className={styles.step}>
      <LocationSelect value={form.usageLocation} onChange={(usageLocation) => update({ usageLocation })} error={errors.usageLocation} />
      <RadioGroup
        aria-label="Product licenses"
        value={form.assignLicenses ? 'assign' : 'none'}
        onChange={(_, data) => update({ assignLicenses: data.value === 'assign' })}
      >
        <Radio value="assign" label="Assign user a product license" />
        {form.assignLicenses && (
          <div className={styles.products} role="group" aria-label="Licenses" aria-describedby={errors.licenses ? 'add-user-licenses-error' : undefined}>
            {products.map((product) => (
              <div key={product.skuId} className={styles.product}>
                <Checkbox
                  label={product.displayName}
                  checked={form.skuIds.includes(product.skuId)}
                  disabled={product.available <= 0 && !form.skuIds.includes(product.skuId)}
                  aria-describedby={`available-${product.skuId}`}
                  onChange={(_, data) => toggleProduct(product.skuId, data.checked === true)}
                />
                <Text id={`available-${product.skuId}`} size={200} className={styles.available}>
                  {availabilityText(product)}
                </Text>
              </div>
            ))}
            {errors.licenses && (
              <Text id="add-user-licenses-error" role="alert" className={styles.error}>
                {errors.licenses}
              </Text>
            )}
          </div>
        )}
        <Radio value="none" label="Create user without product license (not recommended)" />
      </RadioGroup>
      {form.assignLicenses && <AppsPanel wizard={wizard} />}
    </div>
  );
}
