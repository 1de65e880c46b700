import { MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rowsEqual } from '../../../../../../views/equality';
import { selectAssignableProducts } from '../../../../../../views/user-creation';
import { useTenant } from '../../../../../tenant-context';
import { availabilityText, LocationSelect } from '../add-user/LicensesStep';
import type { AddUsersCsvWizard } from './useAddUsersCsv';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  available: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`, marginBottom: tokens.spacingVerticalXS },
});

const NONE = 'none';

/** "Licenses": the location of everyone in the file and one product for them all. */
export function CsvLicensesStep({ wizard }: { wizard: AddUsersCsvWizard }) {
  const styles = useStyles();
  const products = useTenant(selectAssignableProducts, rowsEqual);
  const count = wizard.file?.parsed.users.length ?? 0;
  const chosen = products.find((product) => product.skuId === wizard.skuId);
  return (
    <div className={styles.step}>
      <Text>Choose where these users will use Microsoft 365, and a product license for all of them.</Text>
      <LocationSelect value={wizard.usageLocation} onChange={wizard.setUsageLocation} error={wizard.stepError} />
      <RadioGroup aria-label="Product license for these users" value={wizard.skuId ?? NONE} onChange={(_, data) => wizard.setSkuId(data.value === NONE ? null : data.value)}>
        {products.map((product) => (
          <div key={product.skuId}>
            <Radio value={product.skuId} label={product.displayName} disabled={product.available <= 0} aria-describedby={`csv-available-${product.skuId}`} />
            <Text id={`csv-available-${product.skuId}`} size={200} block className={styles.available}>
              {availabilityText(product)}
            </Text>
          </div>
        ))}
        <Radio value={NONE} label="Create users without product license (not recommended)" />
      </RadioGroup>
      {chosen && chosen.available < count && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {chosen.displayName} has {chosen.available} {chosen.available === 1 ? 'license' : 'licenses'} left for {count} users. The users after the first {chosen.available} will be added without a license; buy more licenses in Your products to license them.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
