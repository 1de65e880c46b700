import { Spinner } from '@fluentui/react-components';

/** Shown while a page's code loads. */
export function PageFallback() {
  return <Spinner label="Loading…" style={{ padding: '48px' }} />;
}
