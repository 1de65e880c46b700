import { lazy } from 'react';
import type { PageRoute } from './portal';

/** A page of a portal: its route pattern, its title, and its component (a lazy module whose default export renders `<Page>`). */
export function page(path: string, title: string, component: PageRoute['page']): PageRoute {
  return { path, title, page: component };
}

const NotInLab = lazy(() => import('./NotInLab'));

/** A page the real portal has and the sandbox does not simulate yet; says so plainly. */
export function notInLab(path: string, title: string, what: string): PageRoute {
  return page(path, title, function NotInLabPage() {
    return <NotInLab what={what} />;
  });
}
