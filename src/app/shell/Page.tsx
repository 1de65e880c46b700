import { Breadcrumb, BreadcrumbDivider, BreadcrumbItem, BreadcrumbButton, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useEffect, type ReactNode } from 'react';
import { useHref, useLinkClickHandler, useMatches, type To } from 'react-router';
import { usePortal, type PageRoute } from './portal';

/** What routes.tsx puts on each page route, so a page knows its own title. */
export interface PageHandle {
  readonly pageRoute: PageRoute;
}

function isPageHandle(handle: unknown): handle is PageHandle {
  return typeof handle === 'object' && handle !== null && 'pageRoute' in handle;
}

/** The page route being shown, from the route table. */
export function useCurrentPageRoute(): PageRoute | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]!.handle;
    if (isPageHandle(handle)) return handle.pageRoute;
  }
  return undefined;
}

/** Sets the browser tab's title the way the portals do: "<page> - <portal>". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export interface Crumb {
  readonly label: string;
  readonly to: To;
}

export interface PageProps {
  /** Defaults to the route's title. */
  readonly title?: string;
  /** The page heading when it differs from the title (Home shows the organization's name). */
  readonly heading?: string;
  /** Crumbs between the portal's Home and this page, for pages below a list (a user's details). */
  readonly trail?: readonly Crumb[];
  readonly children?: ReactNode;
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXXL} ${tokens.spacingVerticalXXXL}` },
  breadcrumb: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  heading: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
});

function CrumbLink({ crumb }: { crumb: Crumb }) {
  const href = useHref(crumb.to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(crumb.to);
  return (
    <BreadcrumbButton as="a" href={href} onClick={onClick}>
      {crumb.label}
    </BreadcrumbButton>
  );
}

/**
 * The frame of every page: the breadcrumb (Home > … > page), the heading and the document
 * title. Pages put their command bar and content inside.
 */
export function Page({ title, heading, trail = [], children }: PageProps) {
  const styles = useStyles();
  const portal = usePortal();
  const route = useCurrentPageRoute();
  const pageTitle = title ?? route?.title ?? portal.name;
  useDocumentTitle(`${pageTitle} - ${portal.name}`);
  const isHome = route === portal.home && trail.length === 0;
  const crumbs: Crumb[] = [{ label: 'Home', to: portal.home.path }, ...trail];
  return (
    <div className={styles.page}>
      {!isHome && (
        <Breadcrumb aria-label="Breadcrumb" size="small" className={styles.breadcrumb}>
          {crumbs.map((crumb) => (
            <Fragment key={crumb.label}>
              <BreadcrumbItem>
                <CrumbLink crumb={crumb} />
              </BreadcrumbItem>
              <BreadcrumbDivider />
            </Fragment>
          ))}
          <BreadcrumbItem>
            <BreadcrumbButton current>{pageTitle}</BreadcrumbButton>
          </BreadcrumbItem>
        </Breadcrumb>
      )}
      <h1 className={styles.heading}>{heading ?? pageTitle}</h1>
      {children}
    </div>
  );
}
