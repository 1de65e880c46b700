import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LICENSE_ERROR_TEXT, skuById, type ServicePlanToggle, type UserLicense } from '../../../../../../tenant';
import { countryName, usageLocations } from '../add-user/countries';
import { ErrorBar, SuccessBar } from '../panes/outcomes';
import { useLicensesForm } from './useLicensesForm';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  product: { display: 'flex', flexDirection: 'column' },
  note: { marginLeft: '32px', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  warning: { marginLeft: '32px', color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  apps: { display: 'flex', flexDirection: 'column' },
  appsHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function availability(available: number, purchased: number): string {
  return `${Math.max(0, available).toLocaleString('en-US')} of ${purchased.toLocaleString('en-US')} licenses available`;
}

/** The groups a product comes from, for "Inherited from <group>". */
function inheritedFrom(license: UserLicense | undefined): string[] {
  return (license?.sources ?? []).flatMap((source) => (source.source.kind === 'group' ? [source.source.groupName] : []));
}

/** A product's apps as the catalogue lists them, for a product the user doesn't have yet. */
function planList(skuId: string): ServicePlanToggle[] {
  return (skuById(skuId)?.servicePlans ?? []).map((plan) => ({ ...plan, enabled: true }));
}

/** The user's "Licenses and apps" tab: usage location, products with availability, and apps per product. */
export function LicensesTab({ userId }: { userId: string }) {
  const styles = useStyles();
  const form = useLicensesForm(userId);
  const heldBySku = new Map(form.held.map((license) => [license.skuId, license]));
  const ticked = form.products.filter((product) => form.choices[product.skuId]?.on || inheritedFrom(heldBySku.get(product.skuId)).length > 0);

  return (
    <div className={styles.tab}>
      {form.result?.error && <ErrorBar message={form.result.error} />}
      {form.result && !form.result.error && <SuccessBar message="Licenses and apps updated." />}
      <Field label="Select location" hint="Licenses can be assigned only to users with a usage location.">
        <Dropdown
          placeholder="Select a country or region"
          value={form.location ? countryName(form.location) : ''}
          selectedOptions={form.location ? [form.location] : []}
          onOptionSelect={(_event, data) => data.optionValue && form.chooseLocation(data.optionValue)}
        >
          {usageLocations().map((country) => (
            <Option key={country.code} value={country.code}>
              {country.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <h3 className={styles.heading}>{`Licenses (${ticked.length})`}</h3>
      {form.products.map((product) => {
        const license = heldBySku.get(product.skuId);
        const groups = inheritedFrom(license);
        const direct = form.choices[product.skuId]?.on === true;
        const errors = (license?.sources ?? []).filter((source) => source.error !== 'None');
        return (
          <div key={product.skuId} className={styles.product}>
            <Checkbox
              label={product.displayName}
              checked={direct || groups.length > 0}
              disabled={groups.length > 0 && !direct}
              onChange={(_event, data) => form.toggleLicense(product.skuId, data.checked === true)}
            />
            <Text className={styles.note}>{availability(product.available, product.purchased)}</Text>
            {groups.length > 0 && <Text className={styles.note}>{`Inherited from ${groups.join(', ')}`}</Text>}
            {errors.map((source) => (
              <Text key={source.source.kind === 'group' ? source.source.groupId : 'direct'} className={styles.warning}>
                {source.error === 'None' ? '' : LICENSE_ERROR_TEXT[source.error]}
                {source.source.kind === 'group' ? ` (from ${source.source.groupName})` : ''}
              </Text>
            ))}
          </div>
        );
      })}
      <Accordion collapsible>
        <AccordionItem value="apps">
          <AccordionHeader>Apps</AccordionHeader>
          <AccordionPanel>
            {ticked.length === 0 && <Text>Select a license to see its apps.</Text>}
            {ticked.map((product) => {
              const license = heldBySku.get(product.skuId);
              const choice = form.choices[product.skuId];
              const editable = choice?.on === true;
              return (
                <div key={product.skuId} className={styles.apps} role="group" aria-label={`Apps for ${product.displayName}`}>
                  <h4 className={styles.appsHeading}>{product.displayName}</h4>
                  {(license?.servicePlans ?? planList(product.skuId)).map((plan) => (
                    <Checkbox
                      key={plan.servicePlanId}
                      label={plan.displayName}
                      disabled={!editable}
                      checked={editable ? !choice.disabledPlans.includes(plan.servicePlanId) : plan.enabled}
                      onChange={(_event, data) => form.togglePlan(product.skuId, plan.servicePlanId, data.checked === true)}
                    />
                  ))}
                </div>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div>
        <Button appearance="primary" disabled={!form.dirty} onClick={form.save}>
          Save changes
        </Button>
      </div>
    </div>
  );
}
