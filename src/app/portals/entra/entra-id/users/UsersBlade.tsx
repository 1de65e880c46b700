import type { ReactNode } from 'react';
import { entraAuditLogsPath, entraPaths } from '../../paths';
import { BladeLayout } from './BladeLayout';

const MENU = [
  { label: 'All users', to: entraPaths.users },
  { label: 'Deleted users', to: entraPaths.deletedUsers },
  { label: 'Audit logs', to: entraAuditLogsPath('UserManagement') },
] as const;

/**
 * Entra ID > Users: the blade's menu (All users, Deleted users, Audit logs) beside the page. The
 * blade is titled "Users" on All users, and by its page elsewhere.
 */
export function UsersBlade({ section, children }: { readonly section: 'All users' | 'Deleted users'; readonly children: ReactNode }) {
  const current = MENU.find((item) => item.label === section)!.to;
  return (
    <BladeLayout title={section === 'All users' ? 'Users' : section} trail={section === 'All users' ? [] : [{ label: 'Users', to: entraPaths.users }]} menuLabel="Users" menu={MENU} current={current}>
      {children}
    </BladeLayout>
  );
}
