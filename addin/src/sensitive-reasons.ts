/** The service's reasons for suggesting metadata only, as sentences the logger reads. Pure. */
import type { ItemPreview } from '../../web-shared/api-types.js';
import { stringsFor, type Lang } from './i18n.js';

export type SensitiveFinding = NonNullable<ItemPreview['sensitive']>;

/** One sentence per reason, in the service's order; none when nothing sensitive was found. */
export function sensitiveReasonLines(finding: SensitiveFinding | null | undefined, lang: Lang): string[] {
  const t = stringsFor(lang);
  return (finding?.reasons ?? []).map((reason) =>
    reason.kind === 'health'
      ? t.sensitiveHealth([...new Set(reason.words)].join(', '))
      : t.sensitivePlacement(reason.placementWord),
  );
}
