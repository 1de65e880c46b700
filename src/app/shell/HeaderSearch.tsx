import { SearchBox, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from './portal';

const useStyles = makeStyles({
  form: { flex: '0 1 480px', minWidth: '120px', margin: '0 16px' },
  box: { width: '100%', maxWidth: 'none' },
});

/** The top bar's search: Enter opens the portal's search results for the text. */
export function HeaderSearch() {
  const styles = useStyles();
  const portal = usePortal();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text) navigate({ pathname: portal.search.path, search: `?q=${encodeURIComponent(text)}` });
  };
  return (
    <form role="search" className={styles.form} onSubmit={submit}>
      <SearchBox
        className={styles.box}
        aria-label="Search"
        placeholder={portal.searchPlaceholder}
        value={query}
        onChange={(_event, data) => setQuery(data.value)}
      />
    </form>
  );
}
