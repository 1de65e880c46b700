import { makeStyles, shorthands } from '@fluentui/react-components';

/*
 * The DNS host is the sandbox's stand-in for the learner's registrar, so it is drawn on purpose
 * unlike Microsoft's portals and like the lab strip: monospace, paper yellow, dashed edges. A
 * learner should never mistake it for part of Microsoft 365.
 */
const INK = '#2b2400';
const MUTED = '#5c5000';
const EDGE = '#b08800';
const PAPER = '#fffdf3';
const FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

const focus = { ':focus-visible': { outline: `2px solid ${INK}`, outlineOffset: '2px' } };

export const useDnsHostStyles = makeStyles({
  frame: { flex: 1, minHeight: 0, overflow: 'auto', backgroundColor: '#f4efd9', color: INK, fontFamily: FONT, fontSize: '14px', lineHeight: '20px' },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: '24px',
    rowGap: '4px',
    padding: '12px 24px',
    backgroundColor: '#3b3200',
    color: '#fdf6d8',
  },
  brand: { margin: 0, fontSize: '18px', fontWeight: 700, letterSpacing: '0.04em' },
  tagline: { color: '#f0e4a8', fontSize: '12px' },
  back: { marginLeft: 'auto', color: '#fdf6d8', ...focus, ':focus-visible': { outline: '2px solid #fdf6d8', outlineOffset: '2px' } },
  main: { maxWidth: '1100px', margin: '0 auto', padding: '20px 24px 48px', display: 'flex', flexDirection: 'column', gap: '16px', ':focus': { outline: 'none' } },
  heading: { margin: 0, fontSize: '20px', fontWeight: 700 },
  subheading: { margin: 0, fontSize: '16px', fontWeight: 700 },
  note: { margin: 0, color: MUTED },
  panel: { backgroundColor: PAPER, ...shorthands.border('2px', 'dashed', EDGE), padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' },
  table: { width: '100%', borderCollapse: 'collapse', backgroundColor: PAPER },
  th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${EDGE}`, fontWeight: 700, whiteSpace: 'nowrap' },
  td: { padding: '6px 8px', borderBottom: `1px dashed ${EDGE}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  rowActions: { display: 'flex', gap: '8px', flexWrap: 'wrap', whiteSpace: 'nowrap' },
  link: { color: '#5a3d00', fontWeight: 700, ...focus },
  button: {
    fontFamily: FONT,
    fontSize: '13px',
    color: INK,
    backgroundColor: '#ffffff',
    ...shorthands.border('1px', 'solid', EDGE),
    borderRadius: '2px',
    padding: '3px 10px',
    cursor: 'pointer',
    ':hover': { backgroundColor: '#f6e7a6' },
    ...focus,
  },
  primary: { backgroundColor: '#3b3200', color: '#fdf6d8', ...shorthands.border('1px', 'solid', '#3b3200'), ':hover': { backgroundColor: '#544800' } },
  danger: { color: '#8a1c00', ...shorthands.borderColor('#8a1c00') },
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '12px 16px', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  double: { gridColumn: 'span 2' },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  label: { fontWeight: 700 },
  input: {
    fontFamily: FONT,
    fontSize: '14px',
    color: INK,
    backgroundColor: '#ffffff',
    ...shorthands.border('1px', 'solid', MUTED),
    borderRadius: '2px',
    padding: '4px 6px',
    ...focus,
  },
  invalid: { ...shorthands.borderColor('#8a1c00'), ...shorthands.borderWidth('2px') },
  hint: { color: MUTED, fontSize: '12px' },
  error: { color: '#8a1c00', fontSize: '13px', fontWeight: 700 },
  banner: { margin: 0, padding: '8px 12px', ...shorthands.border('2px', 'solid', '#8a1c00'), backgroundColor: '#fff0ea', color: '#8a1c00' },
  done: { margin: 0, padding: '8px 12px', ...shorthands.border('2px', 'solid', '#2e6b00'), backgroundColor: '#f0f9e8', color: '#244f00' },
  formActions: { display: 'flex', gap: '8px', gridColumn: '1 / -1' },
});
