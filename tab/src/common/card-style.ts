/** The bordered box a list entry or a fact sits in (vacancies, timeline items, channel entries, company facts). */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const cardStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
} satisfies GriffelStyle;
