/**
 * The company page's decisions as pure functions: the words of a vacancy's next steps (the steps
 * themselves are the service's, from web-shared/vacancy-steps.ts), and the checks of the edit,
 * contact person and vacancy forms.
 */
import { stringsFor, type Lang } from '../common/i18n.js';
import { isCalendarDate } from '../shell/route-logic.js';
import { isOpenStatus } from '../../../web-shared/vacancy-steps.js';
import type {
  Company,
  CompanyPatch,
  NewContactPerson,
  NewVacancy,
  VacancyStatus,
} from '../../../web-shared/api-types.js';

// --- the vacancy lifecycle -----------------------------------------------------------------

/**
 * The button's words for a step: "Tag jobordren", "Slip jobordren", "Genåbn", "Luk: besat", ...
 * Back to received from an open status lets the vacancy go (released); only a closed one is reopened.
 */
export function transitionLabel(from: VacancyStatus, to: VacancyStatus, lang: Lang): string {
  const t = stringsFor(lang).transitions;
  switch (to) {
    case 'received':
      return isOpenStatus(from) ? t.release : t.reopen;
    case 'in_progress':
      return from === 'paused' ? t.resume : t.claim;
    case 'paused':
      return t.pause;
    default:
      return t[to];
  }
}

// --- editing the company -------------------------------------------------------------------

export interface CompanyFormValues {
  name: string;
  cvr: string;
  pNumbers: string;
  domains: string;
  address: string;
  postcode: string;
  city: string;
  /** '' for none. */
  responsibleStaffId: string;
  blockade: boolean;
  doNotContact: boolean;
}

export type CompanyFormField = 'name' | 'cvr' | 'pNumbers' | 'domains' | 'postcode';
export type CompanyFormErrors = Partial<Record<CompanyFormField, string>>;

const DOMAIN = /^([a-z0-9æøå](?:[a-z0-9æøå-]{0,61}[a-z0-9æøå])?\.)+[a-z]{2,24}$/;
const LIST_MAX = 50;
const P_NUMBERS_MAX = 200;

export function companyForm(company: Company): CompanyFormValues {
  return {
    name: company.name,
    cvr: company.cvr ?? '',
    pNumbers: company.pNumbers.join('\n'),
    domains: company.domains.join('\n'),
    address: company.address ?? '',
    postcode: company.postcode ?? '',
    city: company.city ?? '',
    responsibleStaffId: company.responsibleStaffId ?? '',
    blockade: company.blockade,
    doNotContact: company.doNotContact,
  };
}

/** The entries of a list field: one per line (commas and spaces also separate), each once. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** A CVR number as 8 digits ("DK" and spaces allowed), valid by modulus 11; null otherwise. */
export function parseCvr(text: string): string | null {
  const digits = text.trim().replace(/^dk/i, '').replace(/[\s-]/g, '');
  if (!/^\d{8}$/.test(digits)) return null;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...digits].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return sum % 11 === 0 ? digits : null;
}

export function normalizeDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** Checks the edit form and shapes the PATCH: only what changed (an empty patch means nothing to save). */
export function validateCompanyForm(
  original: Company,
  values: CompanyFormValues,
  lang: Lang,
): { ok: true; patch: CompanyPatch } | { ok: false; errors: CompanyFormErrors } {
  const t = stringsFor(lang).edit.invalid;
  const errors: CompanyFormErrors = {};
  const name = values.name.trim();
  if (!name || name.length > 200) errors.name = t.name;

  let cvr: string | null = null;
  if (values.cvr.trim()) {
    cvr = parseCvr(values.cvr);
    if (!cvr) errors.cvr = t.cvr;
  }
  const pNumbers = splitList(values.pNumbers);
  const badP = pNumbers.find((p) => !/^\d{10}$/.test(p));
  if (badP) errors.pNumbers = t.pNumber(badP);
  else if (pNumbers.length > P_NUMBERS_MAX) errors.pNumbers = t.tooMany;
  const domains = [...new Set(splitList(values.domains).map(normalizeDomain))];
  const badDomain = domains.find((d) => d.length > 253 || !DOMAIN.test(d));
  if (badDomain) errors.domains = t.domain(badDomain);
  else if (domains.length > LIST_MAX) errors.domains = t.tooMany;
  const postcode = values.postcode.trim();
  if (postcode && !/^\d{4}$/.test(postcode)) errors.postcode = t.postcode;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const patch: CompanyPatch = {};
  if (name !== original.name) patch.name = name;
  if (cvr !== original.cvr) patch.cvr = cvr;
  if (!sameList(pNumbers, original.pNumbers)) patch.pNumbers = pNumbers;
  if (!sameList(domains, original.domains)) patch.domains = domains;
  if (orNull(values.address) !== original.address) patch.address = orNull(values.address);
  if (orNull(postcode) !== original.postcode) patch.postcode = orNull(postcode);
  if (orNull(values.city) !== original.city) patch.city = orNull(values.city);
  const responsible = values.responsibleStaffId || null;
  if (responsible !== original.responsibleStaffId) patch.responsibleStaffId = responsible;
  if (values.blockade !== original.blockade) patch.blockade = values.blockade;
  if (values.doNotContact !== original.doNotContact) patch.doNotContact = values.doNotContact;
  return { ok: true, patch };
}

// --- contact persons -----------------------------------------------------------------------

export interface ContactFormValues {
  email: string;
  name: string;
  phone: string;
  title: string;
}

export type ContactFormErrors = Partial<Record<'email' | 'phone', string>>;

export function validateContactForm(
  values: ContactFormValues,
  lang: Lang,
): { ok: true; body: NewContactPerson } | { ok: false; errors: ContactFormErrors } {
  const t = stringsFor(lang).contacts.invalid;
  const errors: ContactFormErrors = {};
  const email = values.email.trim();
  if (!/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}$/.test(email) || email.length > 320) errors.email = t.email;
  const phone = values.phone.trim();
  if (phone && !/^\+?[\d ]{8,16}$/.test(phone)) errors.phone = t.phone;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const name = values.name.trim();
  const title = values.title.trim();
  return {
    ok: true,
    body: { email, ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(title ? { title } : {}) },
  };
}

// --- a new vacancy -------------------------------------------------------------------------

export interface VacancyFormValues {
  title: string;
  positions: string;
  deadline: string;
}

export type VacancyFormErrors = Partial<Record<keyof VacancyFormValues, string>>;

export function validateVacancyForm(
  companyId: string,
  values: VacancyFormValues,
  lang: Lang,
): { ok: true; body: NewVacancy } | { ok: false; errors: VacancyFormErrors } {
  const t = stringsFor(lang).vacancies.invalid;
  const errors: VacancyFormErrors = {};
  const title = values.title.trim();
  const positions = values.positions.trim() === '' ? 1 : Number(values.positions.trim());
  const deadline = values.deadline.trim();
  if (!title || title.length > 200) errors.title = t.title;
  if (!Number.isInteger(positions) || positions < 1 || positions > 10_000) errors.positions = t.positions;
  if (deadline && !isCalendarDate(deadline)) errors.deadline = t.deadline;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { companyId, title, positions, ...(deadline ? { deadline } : {}) } };
}
