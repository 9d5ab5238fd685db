import { registerStatusNotice } from '../../src/domain/register-status-words.js';
import { strings, type Locale } from '../i18n/strings.js';
import { cleanLine, joinParts } from './card-parts.js';
import type { CardCompany } from './card-types.js';

/** The preview of a search hit in the message extension; the handler wraps it in a thumbnail card. */
export interface CompanyPreview {
  title: string;
  subtitle: string;
  text: string;
}

/**
 * Thumbnail-card fields are rendered with Teams' HTML subset (not Adaptive Card markdown), so the
 * values are redacted, cleaned and HTML-escaped: a name like `<b>x</b>` shows as typed.
 */
export function companyPreview(company: CardCompany, locale: Locale = 'da'): CompanyPreview {
  const s = strings(locale);
  const place = [company.postcode, company.city].filter(Boolean).join(' ');
  return {
    title: escapeHtml(cleanLine(company.name, 120)),
    subtitle: escapeHtml(cleanLine(joinParts([company.cvr ? `${s.cvr} ${company.cvr}` : null, place]), 120)),
    text: escapeHtml(cleanLine(flagLine(company, locale), 200)),
  };
}

/** A search hit's flags on one line, the register's status first: "⚠ Under konkurs · ⚠ Må ikke kontaktes". */
export function flagLine(company: CardCompany, locale: Locale): string {
  const s = strings(locale);
  const register = registerStatusNotice(company.registerStatus, locale);
  return joinParts([
    register ? `⚠ ${register.title}` : null,
    company.blockade ? s.blockade : null,
    company.doNotContact ? s.doNotContact : null,
  ]);
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
