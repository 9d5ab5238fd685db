/** Staff rows that share an email as a view model: per email, each person with their object id and since when. */
import { formatDate } from '../../../web-shared/format.js';
import { stringsFor, type Lang } from '../common/i18n.js';
import type { StaffEmailClash } from '../../../web-shared/api-types.js';

export interface StaffClashPerson {
  id: string;
  name: string;
  /** The Entra object id that tells the people apart, or a note that nobody has signed in to the row yet. */
  objectId: string;
  since: string;
}

export interface StaffClashRow {
  email: string;
  people: StaffClashPerson[];
}

export function staffClashRows(clashes: readonly StaffEmailClash[], lang: Lang): StaffClashRow[] {
  const t = stringsFor(lang).staffClashes;
  return clashes.map((clash) => ({
    email: clash.email,
    people: clash.staff.map((member) => ({
      id: member.id,
      name: member.name,
      objectId: member.entraOid ?? t.notSignedIn,
      since: formatDate(member.createdAt, lang),
    })),
  }));
}
