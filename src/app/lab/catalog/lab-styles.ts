import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/*
 * The learner's lab pages (catalog, exams, history, files) are Tenant Lab's own, not a
 * Microsoft portal: Fluent's components, but the lab's olive-and-paper colours from the strip
 * above every page, so a learner always knows which side of the sandbox they are on.
 */
export const LAB_INK = '#3b3200';
export const LAB_PAPER = '#fdf6d8';
export const LAB_EDGE = '#b08800';

export const useLabStyles = makeStyles({
  frame: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalXXL}`,
    minHeight: '48px',
    backgroundColor: LAB_INK,
    color: LAB_PAPER,
    '--colorStrokeFocus2': '#ffffff',
  } as Record<string, string>,
  brand: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold, letterSpacing: '0.04em', color: LAB_PAPER },
  nav: { display: 'flex', alignItems: 'stretch', alignSelf: 'stretch', gap: tokens.spacingHorizontalXS },
  navLink: {
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: LAB_PAPER,
    textDecorationLine: 'none',
    fontSize: tokens.fontSizeBase300,
    ...shorthands.borderBottom('3px', 'solid', 'transparent'),
    ':hover': { backgroundColor: 'rgba(255, 255, 255, 0.1)', color: '#ffffff' },
    ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: '-2px' },
  },
  navLinkCurrent: { fontWeight: tokens.fontWeightSemibold, color: '#ffffff', borderBottomColor: '#f0c94a' },
  portalLink: { marginLeft: 'auto', color: LAB_PAPER, ':hover': { color: '#ffffff' }, ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: '2px' } },
  scroll: { flex: 1, minHeight: 0, overflow: 'auto' },
  main: {
    maxWidth: '1180px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    ':focus': { outline: 'none' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subHeading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { width: '100%', borderCollapse: 'collapse' },
  th: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  td: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'middle', overflowWrap: 'anywhere' },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
