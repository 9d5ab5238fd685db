/**
 * "Ny virksomhed" as pure decisions: what a typed register query is (checked as the service checks
 * it, so a malformed CVR never costs a request), how a register hit reads, and the body of a company
 * typed by hand without CVR.
 */
import { stringsFor, type Lang } from '../common/i18n.js';
import { parseCvr, validateCompanyForm, type CompanyFormErrors } from '../company/company-logic.js';
import type { Company, NewCompany, RegisterHit } from '../../../web-shared/api-types.js';

export type RegisterQuery =
  { kind: 'cvr' | 'p-number' | 'name'; q: string } | { kind: 'too-short' } | { kind: 'bad-number' };

const NAME_MIN = 2;
const NAME_MAX = 100;

/** What the register can be asked for this input: a CVR, a P-number or a name; or why not yet. */
export function registerQuery(input: string): RegisterQuery {
  const text = input.trim();
  const digits = text.replace(/^dk/i, '').replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length === 8 && parseCvr(digits)) return { kind: 'cvr', q: digits };
    if (digits.length === 10) return { kind: 'p-number', q: digits };
    // Still typing a number: not an error until it is longer than any of them.
    return digits.length < 8 || digits.length === 9 ? { kind: 'too-short' } : { kind: 'bad-number' };
  }
  if (text.length < NAME_MIN) return { kind: 'too-short' };
  return { kind: 'name', q: text.slice(0, NAME_MAX) };
}

/** A number that is neither a valid CVR nor a P-number: worth saying at once. */
export function queryProblem(input: string, lang: Lang): string | null {
  return registerQuery(input).kind === 'bad-number' ? stringsFor(lang).newCompany.badNumber : null;
}

/** The lines under a hit's name: CVR and legal form, address, status and workplaces. */
export function hitLines(hit: RegisterHit, lang: Lang): string[] {
  const t = stringsFor(lang);
  const place = hit.address
    ? [hit.address.street, [hit.address.postcode, hit.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : '';
  return [
    [t.company.cvr(hit.cvr), hit.legalForm].filter(Boolean).join(' · '),
    place,
    [
      hit.status === 'NORMAL' ? t.register.statusNormal : hit.status,
      t.newCompany.pUnits(hit.pUnits, hit.pUnitsHere),
      hit.advertisingProtected && t.newCompany.advertisingProtected,
    ]
      .filter(Boolean)
      .join(' · '),
  ].filter(Boolean);
}

export interface ManualCompanyValues {
  name: string;
  pNumbers: string;
  domains: string;
  address: string;
  postcode: string;
  city: string;
}

export const EMPTY_MANUAL_COMPANY: ManualCompanyValues = Object.freeze({
  name: '',
  pNumbers: '',
  domains: '',
  address: '',
  postcode: '',
  city: '',
});

/** Nothing yet: a new company is every field the form fills in, checked as the edit form checks them. */
const NOTHING = {
  name: '',
  cvr: null,
  pNumbers: [],
  domains: [],
  address: null,
  postcode: null,
  city: null,
  responsibleStaffId: null,
  blockade: false,
  doNotContact: false,
} as unknown as Company;

/** The body of a company typed by hand, without CVR (`cvr: null` says so), or the fields' errors. */
export function validateManualCompany(
  values: ManualCompanyValues,
  lang: Lang,
): { ok: true; body: NewCompany } | { ok: false; errors: CompanyFormErrors } {
  const checked = validateCompanyForm(
    NOTHING,
    { ...values, cvr: '', responsibleStaffId: '', blockade: false, doNotContact: false },
    lang,
  );
  if (!checked.ok) return checked;
  const { name, ...rest } = checked.patch;
  return { ok: true, body: { name: name ?? values.name.trim(), cvr: null, ...rest } };
}
