import { Badge, Dropdown, Option, Tab, TabList, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { selectSubscriptionRows, type SubscriptionRow } from '../../../../../views/billing';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
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
      <ListTable
        label="Products"
        rows={rows}
        rowId={(row) => row.id}
        count
        empty={filter === 'trial' ? 'You have no trial subscriptions.' : 'This organization has no subscriptions.'}
        onOpen={open}
        columns={[
          {
            id: 'name',
            header: 'Product name',
            width: '34%',
            cell: (row, { openLink }) => (
              <span className={styles.nameCell}>
                {openLink(row.name)}
                {row.isTrial && (
                  <Badge appearance="tint" color="informative" size="small">
                    Trial
                  </Badge>
                )}
              </span>
            ),
            sortValue: (row) => row.name,
          },
          { id: 'assigned', header: 'Assigned licenses', cell: (row) => count(row.assigned), sortValue: (row) => row.assigned },
          { id: 'purchased', header: 'Purchased quantity', cell: (row) => count(row.totalLicenses), sortValue: (row) => row.totalLicenses },
          { id: 'status', header: 'Subscription status', cell: (row) => <SubscriptionStatusText row={row} /> },
          { id: 'channel', header: 'Purchase channel', cell: (row) => row.purchaseChannel, sortValue: (row) => row.purchaseChannel },
        ]}
      />
    </Page>
  );
}
