import { makeStyles, tokens } from '@fluentui/react-components';

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not drawn. */
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  /** A button on the dark top bar: white glyphs, a light wash on hover. */
  topBarButton: {
    color: '#ffffff',
    minWidth: '48px',
    height: '48px',
    borderRadius: 0,
    ':hover': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.12)' },
    ':hover:active': { color: '#ffffff', backgroundColor: 'rgba(255, 255, 255, 0.2)' },
    '&[aria-expanded="true"]': { backgroundColor: 'rgba(255, 255, 255, 0.2)' },
  },
  /** Fluent draws focus rings in --colorStrokeFocus2; on the dark bar that must be white. */
  onDark: { '--colorStrokeFocus2': '#ffffff', '--colorStrokeFocus1': '#000000' } as Record<string, string>,
  muted: { color: tokens.colorNeutralForeground3 },
});
