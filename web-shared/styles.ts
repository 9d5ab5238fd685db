/** Styles both front ends use alike (for makeStyles). */
import type { GriffelStyle } from '@fluentui/react-components';

/** Out of sight but read by screen readers (a heading the host already shows, a live status). */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
