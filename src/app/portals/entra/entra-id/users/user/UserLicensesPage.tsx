import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { rowsEqual } from '../../../../../../views/equality';
import { userLicensesSelector, type UserLicenseRow } from '../../../../../../views/entra-user';
import { ListTable, type ListColumn } from '../../../../../kit/ListTable';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { entraPaths } from '../../../paths';
import { UserBlade } from './UserBlade';

const columns: readonly ListColumn<UserLicenseRow>[] = [
  { id: 'product', header: 'Products', cell: (row) => row.product, sortValue: (row) => row.product, width: '40%' },
  { id: 'state', header: 'State', cell: (row) => row.state },
  { id: 'path', header: 'Assignment paths', cell: (row) => row.assignmentPath },
];

function Licenses({ userId, usageLocation }: { readonly userId: string; readonly usageLocation: string | null }) {
  const rows = useTenant(
    useMemo(() => userLicensesSelector(userId), [userId]),
    rowsEqual,
  );
  return (
    <>
      {!usageLocation && <Text>This user has no usage location. A license can only be assigned to a user with a usage location: set it in Edit properties, Settings.</Text>}
      <Text>
        Assign or remove licenses in{' '}
        <RouterLink to={entraPaths.licenses} inline>
          Billing &gt; Licenses
        </RouterLink>
        .
      </Text>
      <ListTable label="Licenses" rows={rows} rowId={(row) => row.id} columns={columns} empty="No license assignments found." />
    </>
  );
}

/** A user's Licenses: each product, its state and where it comes from (direct or a group). */
export default function UserLicensesPage() {
  return <UserBlade section="licenses">{(details) => <Licenses userId={details.user.id} usageLocation={details.user.usageLocation} />}</UserBlade>;
}
