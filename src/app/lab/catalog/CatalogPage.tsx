import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { useDocumentTitle } from '../../shell/Page';
import { CatalogFilters } from './CatalogFilters';
import { useLabStyles } from './lab-styles';
import { SandboxCard } from './SandboxCard';
import { ScenarioCard } from './ScenarioCard';
import { StorageProblem } from './StorageProblem';
import { useCatalog } from './useCatalog';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  domain: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, textTransform: 'uppercase', letterSpacing: '0.04em' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, listStyleType: 'none', margin: 0, padding: 0 },
});

/** `/lab`: the scenarios by MS-102 skill area, free play, and the learner's standing in each. */
export default function CatalogPage() {
  const lab = useLabStyles();
  const styles = useStyles();
  const catalog = useCatalog();
  useDocumentTitle('Catalog - Tenant Lab');

  return (
    <>
      <h1 className={lab.heading}>Scenario catalog</h1>
      <p className={lab.lead}>
        Practise the MS-102 skills on a tenant of your own. Each scenario sets a task, grades the tenant you leave behind, and keeps your best score.
      </p>
      {catalog.problem && <StorageProblem error={catalog.problem} />}
      {catalog.failure && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The attempt could not be opened.</MessageBarTitle>
            {catalog.failure.message}
            {catalog.failure.details.length > 0 && (
              <ul>
                {catalog.failure.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <SandboxCard attempt={catalog.sandbox} busy={catalog.busy} onOpen={() => void catalog.openSandbox()} onStartOver={() => void catalog.startOver()} />
      <CatalogFilters filter={catalog.filter} areas={catalog.areas} setFilter={catalog.setFilter} />
      {catalog.loading ? (
        <Spinner label="Loading scenarios…" />
      ) : (
        <>
          <p className={lab.muted} role="status">
            {catalog.shownCount === catalog.total ? `${catalog.total} scenarios` : `Showing ${catalog.shownCount} of ${catalog.total} scenarios`}
          </p>
          <div className={styles.groups}>
            {catalog.groups.map((group) => (
              <section key={group.area} className={styles.group} aria-labelledby={`area-${group.area}`}>
                <div>
                  <p className={styles.domain}>{group.domainTitle}</p>
                  <h2 id={`area-${group.area}`} className={lab.sectionHeading}>
                    {group.title}
                  </h2>
                </div>
                <ul className={styles.grid}>
                  {group.entries.map((entry) => (
                    <li key={entry.scenario.id}>
                      <ScenarioCard entry={entry} busy={catalog.busy} onStart={(id) => void catalog.start(id)} onOpen={catalog.open} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {catalog.shownCount === 0 && catalog.total > 0 && <p>No scenario matches. Clear the search or a filter to see more.</p>}
        </>
      )}
    </>
  );
}
