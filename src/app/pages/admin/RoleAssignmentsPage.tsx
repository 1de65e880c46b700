import { Page } from '../../shell/Page';
import { RoleTables } from '../shared/RoleTables';

/** Roles > Role assignments, read-only. */
export default function RoleAssignmentsPage() {
  return (
    <Page>
      <RoleTables roleHeader="Role" />
    </Page>
  );
}
