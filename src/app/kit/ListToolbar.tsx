import { SearchBox, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ListSearch {
  /** The search box's accessible name, in the portal's words ("Search users with this license"). */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export interface ListToolbarProps {
  /** The toolbar's accessible name: the list's name and "actions" ("Contacts actions"). */
  readonly label: string;
  /** The list's search box, on the right as in the admin center; lists without one leave it out. */
  readonly search?: ListSearch;
  /** The toolbar's buttons. */
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  // Pulled left by the buttons' own padding, so their icons line up with the text above and below.
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  search: { minWidth: '240px' },
});

/** The command bar above an admin-center list: the list's actions, and its search box when it has one. */
export function ListToolbar({ label, search, children }: ListToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Toolbar aria-label={label} className={styles.toolbar}>
        {children}
      </Toolbar>
      {search && <SearchBox className={styles.search} placeholder="Search" aria-label={search.label} value={search.value} onChange={(_, data) => search.onChange(data.value)} />}
    </div>
  );
}
