import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { DomainReference } from '../../../../../tenant';
import { domainReferencesSelector, referencesEqual } from '../../../../../views/domains';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenant } from '../../../../tenant-context';
import { DOMAINS_PATH, domainDetailsPath } from './domain-paths';
import { adminPaths } from '../../paths';
import { entraPaths } from '../../../entra/paths';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  examples: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

type Where = 'admin' | 'entra';

/** Where each kind of reference is moved off the domain, in the portal the learner is in. */
function fix(kind: DomainReference['kind'], name: string, where: Where): { readonly text: string; readonly to: string } {
  switch (kind) {
    case 'Users':
      return where === 'admin'
        ? { text: 'Change their domains', to: domainDetailsPath(name, 'users') }
        : { text: 'Change their user names in Users', to: entraPaths.users };
    case 'Deleted users':
      return { text: 'Restore and move them, or delete them permanently, in Deleted users', to: adminPaths.deletedUsers };
    case 'Groups':
      return where === 'admin'
        ? { text: 'Change their email addresses', to: domainDetailsPath(name, 'groups') }
        : { text: 'Change their email addresses in Groups', to: entraPaths.groups };
    case 'Contacts':
      return { text: 'Change or delete them in Contacts', to: adminPaths.contacts };
    case 'Subdomains':
      return { text: 'Remove the subdomains first', to: where === 'admin' ? DOMAINS_PATH : entraPaths.domains };
  }
}

/**
 * What still uses a domain, one line per kind with a few names and a link to where they are
 * moved off it: the removal's blocking reasons, listed plainly.
 */
export function DomainReferencesList({ name, where }: { readonly name: string; readonly where: Where }) {
  const styles = useStyles();
  const references = useTenant(useMemo(() => domainReferencesSelector(name), [name]), referencesEqual);
  if (references.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={`What still uses ${name}`}>
      {references.map((reference) => {
        const { text, to } = fix(reference.kind, name, where);
        const more = reference.count - reference.examples.length;
        return (
          <li key={reference.kind}>
            <strong>
              {reference.kind}: {reference.count.toLocaleString('en-US')}
            </strong>{' '}
            <span className={styles.examples}>
              ({reference.examples.join(', ')}
              {more > 0 && ` and ${more.toLocaleString('en-US')} more`})
            </span>{' '}
            <RouterLink to={to} inline>
              {text}
            </RouterLink>
          </li>
        );
      })}
    </ul>
  );
}
