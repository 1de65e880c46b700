import { makeStyles, tokens } from '@fluentui/react-components';

export const useWizardStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '560px' },
  intro: { color: tokens.colorNeutralForeground2 },
  section: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  address: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  alias: { flex: '1 1 200px' },
  domain: { minWidth: '200px' },
  people: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  person: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  reviewSection: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // One first-column width for every section, so the review's values line up.
  reviewList: { display: 'grid', gridTemplateColumns: '220px 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  /** A dt/dd pair wrapped for React's key, laid out as if unwrapped. */
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});
