import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Tab,
  TabList,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { hasScopes, type GraphMethod, type ScopeRequirement } from '../../../graph';
import { Page } from '../../shell/Page';
import { SAMPLE_QUERIES } from './sample-queries';
import { useGraphExplorer, type StartWorker } from './use-graph-explorer';

const METHODS: readonly GraphMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(200px, 260px) 1fr', gap: tokens.spacingHorizontalL },
  samples: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  sample: { justifyContent: 'flex-start', textAlign: 'left' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  url: { flexGrow: 1 },
  panel: { paddingBlock: tokens.spacingVerticalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pre: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '60vh', overflow: 'auto', margin: 0, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground3 },
  permission: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

function requirementLabel(requirement: ScopeRequirement): string {
  return typeof requirement === 'string' ? requirement : requirement.join(' and ');
}

function requirementScopes(requirement: ScopeRequirement): readonly string[] {
  return typeof requirement === 'string' ? [requirement] : requirement;
}

export interface GraphExplorerPageProps {
  /** How requests reach the emulation; tests pass their own, the page uses the service worker. */
  readonly startWorker?: StartWorker;
}

/** Graph Explorer: a real Graph client in the page, answered by the emulation through the service worker. */
export default function GraphExplorerPage({ startWorker }: GraphExplorerPageProps) {
  const styles = useStyles();
  const explorer = useGraphExplorer(startWorker);
  const [requestTab, setRequestTab] = useState<'body' | 'headers' | 'permissions'>('body');
  const [responseTab, setResponseTab] = useState<'preview' | 'headers'>('preview');
  const { response } = explorer;

  return (
    <Page title="Graph Explorer">
      <div className={styles.layout}>
        <nav aria-label="Sample queries" className={styles.samples}>
          <Text weight="semibold">Sample queries</Text>
          {SAMPLE_QUERIES.map((sample) => (
            <Button
              key={sample.label}
              appearance="subtle"
              className={styles.sample}
              onClick={() => {
                explorer.setMethod(sample.method);
                explorer.setUrl(`https://graph.microsoft.com/v1.0/${sample.path}`);
                explorer.setHeaderText(sample.headers ?? '');
                explorer.setBody(sample.body ?? '');
              }}
            >
              {`${sample.method} ${sample.label}`}
            </Button>
          ))}
        </nav>
        <div>
          <form
            className={styles.bar}
            onSubmit={(event) => {
              event.preventDefault();
              void explorer.run();
            }}
          >
            <Field label="HTTP method">
              <Select value={explorer.method} onChange={(_event, data) => explorer.setMethod(data.value as GraphMethod)}>
                {METHODS.map((method) => (
                  <option key={method}>{method}</option>
                ))}
              </Select>
            </Field>
            <Field label="Request URL" className={styles.url}>
              <Input value={explorer.url} onChange={(_event, data) => explorer.setUrl(data.value)} />
            </Field>
            <Button appearance="primary" type="submit" disabled={explorer.running}>
              Run query
            </Button>
          </form>
          <TabList selectedValue={requestTab} onTabSelect={(_event, data) => setRequestTab(data.value as typeof requestTab)}>
            <Tab value="body">Request body</Tab>
            <Tab value="headers">Request headers</Tab>
            <Tab value="permissions">Modify permissions</Tab>
          </TabList>
          <div className={styles.panel}>
            {requestTab === 'body' && (
              <Field label="Request body">
                <Textarea resize="vertical" rows={6} value={explorer.body} onChange={(_event, data) => explorer.setBody(data.value)} />
              </Field>
            )}
            {requestTab === 'headers' && (
              <Field label="Request headers" hint="One header a line, as Name: value">
                <Textarea resize="vertical" rows={4} value={explorer.headerText} onChange={(_event, data) => explorer.setHeaderText(data.value)} />
              </Field>
            )}
            {requestTab === 'permissions' && (
              <div>
                {explorer.permissions.length === 0 ? (
                  <Text>Permissions for this query are not available.</Text>
                ) : (
                  <>
                    <Text>One of the following permissions is required to run the query. Consent to the least privileged one.</Text>
                    <ul>
                      {explorer.permissions.map((requirement) => {
                        const consented = hasScopes(explorer.consented, [requirement]);
                        return (
                          <li key={requirementLabel(requirement)} className={styles.permission}>
                            <Text>{requirementLabel(requirement)}</Text>
                            <Button size="small" disabled={consented} onClick={() => explorer.consent(requirementScopes(requirement))}>
                              {consented ? 'Consented' : 'Consent'}
                            </Button>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </div>
            )}
          </div>
          <section aria-label="Response">
            <Text role="status" weight="semibold">
              {response ? `${response.statusText || (response.status < 400 ? 'OK' : 'Error')} - ${response.status} - ${response.milliseconds}ms` : 'Run a query to see its response.'}
            </Text>
            <TabList selectedValue={responseTab} onTabSelect={(_event, data) => setResponseTab(data.value as typeof responseTab)}>
              <Tab value="preview">Response preview</Tab>
              <Tab value="headers">Response headers</Tab>
            </TabList>
            {response && responseTab === 'preview' && <pre className={styles.pre} aria-label="Response body">{response.body}</pre>}
            {response && responseTab === 'headers' && (
              <pre className={styles.pre} aria-label="Response headers">
                {response.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}
              </pre>
            )}
          </section>
        </div>
      </div>
    </Page>
  );
}
