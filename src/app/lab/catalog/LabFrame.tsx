import { mergeClasses } from '@fluentui/react-components';
import { NavLink, Outlet } from 'react-router';
import { MAIN_CONTENT_ID } from '../../shell/SkipLink';
import { RouterLink } from '../../shell/RouterLink';
import { useLabStyles } from './lab-styles';
import { LAB_PATHS } from './lab-paths';
import { adminPaths } from '../../portals/admin/paths';

const SECTIONS = [
  { to: LAB_PATHS.catalog, label: 'Catalog', end: true },
  { to: LAB_PATHS.exams, label: 'Exams', end: false },
  { to: LAB_PATHS.history, label: 'History', end: false },
  { to: LAB_PATHS.files, label: 'Files', end: false },
] as const;

/** The learner's side of Tenant Lab: catalog, exams, history and files, under their own header. */
export default function LabFrame() {
  const styles = useLabStyles();
  return (
    <div className={styles.frame}>
      <header className={styles.header}>
        <p className={styles.brand}>Tenant Lab</p>
        <nav aria-label="Lab" className={styles.nav}>
          {SECTIONS.map((section) => (
            <NavLink key={section.to} to={section.to} end={section.end} className={({ isActive }) => mergeClasses(styles.navLink, isActive && styles.navLinkCurrent)}>
              {section.label}
            </NavLink>
          ))}
        </nav>
        <RouterLink to={adminPaths.home} className={styles.portalLink}>
          Microsoft 365 admin center (sandbox)
        </RouterLink>
      </header>
      <div className={styles.scroll}>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
