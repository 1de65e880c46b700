import { Page } from '../../shell/Page';
import { RoleTables } from '../shared/RoleTables';

/** Entra ID > Roles & admins, read-only. */
export default function EntraRolesPage() {
  return (
    <Page>
      <RoleTables roleHeader="Role" />
    </Page>
  );
}
