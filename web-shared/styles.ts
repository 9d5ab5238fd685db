/** Styles both front ends use alike (for makeStyles; plain values, so this file needs no Fluent typings). */

/** Out of sight but read by screen readers (a heading the host already shows, a live status). */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
