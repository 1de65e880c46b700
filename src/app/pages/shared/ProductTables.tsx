import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProductRow } from '../../selectors/licenses';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export const count = (value: number) => value.toLocaleString('en-US');

/** A product's name, with the Trial tag the admin center puts on trial subscriptions. */
export function ProductName({ product }: { product: ProductRow }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      <Text weight="semibold">{product.name}</Text>
      {product.isTrial && (
        <Badge appearance="tint" color="informative" size="small">
          Trial
        </Badge>
      )}
    </span>
  );
}
