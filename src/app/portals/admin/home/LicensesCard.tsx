import { Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ReceiptRegular } from '@fluentui/react-icons';
import { summarizeTenant } from '../../../../tenant';
import { adminPaths } from '../paths';
import { rowsEqual, shallowEqual } from '../../../../views/equality';
import { selectProductRows } from '../../../../views/licenses';
import { RouterLink } from '../../../shell/RouterLink';
import { useTenant } from '../../../tenant-context';
import { HomeCard } from './HomeCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  total: { color: tokens.colorNeutralForeground3 },
});

const count = (value: number) => value.toLocaleString('en-US');

/** Licenses assigned and available per product, as the Licenses page counts them. */
export function LicensesCard() {
  const styles = useStyles();
  const products = useTenant(selectProductRows, rowsEqual);
  const summary = useTenant(summarizeTenant, shallowEqual);
  return (
    <HomeCard title="Licenses" icon={ReceiptRegular} footer={<RouterLink to={adminPaths.licenses}>Go to Licenses</RouterLink>}>
      <Text className={styles.total}>
        {count(summary.assignedLicenses)} of {count(summary.purchasedLicenses)} licenses assigned (free products not counted)
      </Text>
      <ul className={styles.list}>
        {products.map((product) => (
          <li key={product.id}>
            <Field
              label={product.isTrial ? `${product.name} (trial)` : product.name}
              hint={`${count(product.assigned)} assigned, ${count(product.available)} available of ${count(product.purchased)}`}
              validationState={product.available <= 0 ? 'warning' : 'none'}
            >
              <ProgressBar value={product.purchased > 0 ? product.assigned / product.purchased : 0} thickness="large" />
            </Field>
          </li>
        ))}
      </ul>
    </HomeCard>
  );
}
