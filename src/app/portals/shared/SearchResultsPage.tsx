import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Tenant } from '../../../tenant';
import { LabSearchHits } from '../../lab/entry/LabSearchHits';
import { searchDirectory, searchResultsEqual, type SearchHit } from '../../../views/search';
import { Page } from '../../shell/Page';
import { navLinks, usePortal } from '../../shell/portal';
import { RouterLink } from '../../shell/RouterLink';
import { useTenant } from '../../tenant-context';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
});

function HitList({ title, hits, total, to }: { title: string; hits: readonly SearchHit[]; total: number; to: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h2 className={styles.heading}>
        {title} ({total})
      </h2>
      {hits.length === 0 ? (
        <Text>No matches.</Text>
      ) : (
        <ul className={styles.list}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <RouterLink to={to}>{hit.name}</RouterLink>
              <Text className={styles.detail}>{hit.detail}</Text>
            </li>
          ))}
          {total > hits.length && <li>and {total - hits.length} more</li>}
        </ul>
      )}
    </section>
  );
}

/** The top bar's search results: Tenant Lab's own pages when asked for, this portal's pages, then users and groups, each linking to its list. */
export default function SearchResultsPage() {
  const styles = useStyles();
  const portal = usePortal();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const select = useCallback((tenant: Tenant) => searchDirectory(tenant, query), [query]);
  const results = useTenant(select, searchResultsEqual);
  const needle = query.trim().toLowerCase();
  const pages = needle ? navLinks(portal).filter((entry) => entry.label.toLowerCase().includes(needle)) : [];
  const lists = portal.directoryLists;
  return (
    <Page title={query ? `Search results for "${query}"` : 'Search results'}>
      <LabSearchHits query={query} />
      <section className={styles.section} aria-label="Pages">
        <h2 className={styles.heading}>Pages ({pages.length})</h2>
        {pages.length === 0 ? (
          <Text>No matches.</Text>
        ) : (
          <ul className={styles.list}>
            {pages.map((entry) => (
              <li key={entry.path}>
                <RouterLink to={entry.path}>{entry.label}</RouterLink>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HitList title="Users" hits={results.users} total={results.userCount} to={lists.users} />
      <HitList title="Groups" hits={results.groups} total={results.groupCount} to={lists.groups} />
    </Page>
  );
}
