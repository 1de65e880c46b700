import { Badge, Dropdown, Link, Option, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { selectSubscriptionRows, type SubscriptionRow } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { useListStyles } from '../../../../kit/list-styles';
import { SubscriptionStatusText } from './SubscriptionStatusText';
import { adminPaths, subscriptionPath } from '../../paths';

type Filter = 'all' | 'trial';

const count = (value: number) => value.toLocaleString('en-US');

/** Billing > Your products, "Products" tab: each subscription on its own row. */
export default function YourProductsPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const subscriptions = useTenant(selectSubscriptionRows, rowsEqual);
  const [filter, setFilter] = useState<Filter>('all');
  const rows = filter === 'trial' ? subscriptions.filter((row) => row.isTrial) : subscriptions;
  const open = (row: SubscriptionRow) => navigate(subscriptionPath(row.id));

  return (
    <Page>
      <TabList selectedValue="products" aria-label="Your products">
        <Tab value="products">Products</Tab>
      </TabList>
      <div className={styles.bar}>
        <Toolbar aria-label="Products actions">
          <ToolbarButton icon={<CartRegular />} onClick={() => navigate(adminPaths.purchaseServices)}>
            Purchase services
          </ToolbarButton>
        </Toolbar>
        <Dropdown
          aria-label="Filter"
          value={filter === 'trial' ? 'Trial' : 'All products'}
          selectedOptions={[filter]}
          onOptionSelect={(_, data) => setFilter(data.optionValue as Filter)}
        >
          <Option value="all">All products</Option>
          <Option value="trial">Trial</Option>
        </Dropdown>
      </div>
      <Text className={styles.muted}>{rows.length === 1 ? '1 item' : `${rows.length} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Products" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '34%' }}>Product name</TableHeaderCell>
              <TableHeaderCell>Assigned licenses</TableHeaderCell>
              <TableHeaderCell>Purchased quantity</TableHeaderCell>
              <TableHeaderCell>Subscription status</TableHeaderCell>
              <TableHeaderCell>Purchase channel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link as="button" onClick={() => open(row)}>
                      {row.name}
                    </Link>
                    {row.isTrial && (
                      <Badge appearance="tint" color="informative" size="small">
                        Trial
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell>{count(row.assigned)}</TableCell>
                <TableCell>{count(row.totalLicenses)}</TableCell>
                <TableCell>
                  <SubscriptionStatusText row={row} />
                </TableCell>
                <TableCell>{row.purchaseChannel}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text className={styles.muted}>{filter === 'trial' ? 'You have no trial subscriptions.' : 'This organization has no subscriptions.'}</Text>}
      </div>
    </Page>
  );
}
