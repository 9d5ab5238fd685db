/** Companies (fixed heavy ones first, then a log-normal long tail) with their domains and contact persons. */
import { completeCvr } from '../../src/domain/cvr.js';
import { toSearchKey } from '../../src/domain/search-key.js';
import type { Prng } from '../../src/demo/prng.js';
import { HEAVY_COMPANY_NAMES, type Profile } from '../profiles.js';
import { asciiWord, type GenCompany, type GenStaff, type LoadContext } from './phase.js';
import { pgArray, TableLoader, TENANT_COLUMN } from './table-loader.js';
import {
  BANDS,
  DB07,
  FIRST_NAMES,
  LAST_NAMES,
  LEGAL_FORMS,
  PLACES,
  POSTCODES,
  STREETS,
  SUFFIXES,
  TITLES,
  TRADES,
} from './vocabulary.js';

function gaussian(prng: Prng): number {
  const u = Math.max(prng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * prng.next());
}

function companyName(prng: Prng, taken: ReadonlySet<string>): string {
  for (;;) {
    const roll = prng.next();
    const suffix = prng.pick(SUFFIXES);
    let name: string;
    if (roll < 0.55)
      name = `${prng.chance(0.5) ? prng.pick(LAST_NAMES) : prng.pick(PLACES)} ${prng.pick(TRADES)} ${suffix}`;
    else if (roll < 0.75) name = `${prng.pick(LAST_NAMES)} & ${prng.pick(LAST_NAMES)} ${suffix}`;
    else if (roll < 0.9) name = `${prng.pick(TRADES)} ${prng.pick(PLACES)} ${suffix}`;
    else name = `${prng.pick(LAST_NAMES)}s ${prng.pick(TRADES)}`;
    name = name.trim();
    if (!taken.has(toSearchKey(name))) return name;
  }
}

function domainSlug(name: string): string {
  let key = toSearchKey(name);
  for (const form of LEGAL_FORMS) if (key.endsWith(` ${form}`)) key = key.slice(0, -form.length - 1);
  return key.replace(/ /g, '-');
}

/** Loads the companies; the data starts at `start` (ms). */
export async function loadCompanies(
  { prng, tenant, sink, rows }: LoadContext,
  profile: Profile,
  consultants: readonly GenStaff[],
  start: number,
  anchorMs: number,
): Promise<{ companies: GenCompany[]; pNumbers: Set<string> }> {
  const heavyCount = profile.heavy.length;
  const names = new Set<string>(HEAVY_COMPANY_NAMES.slice(0, heavyCount).map(toSearchKey));
  const cvrs = new Set<string>();
  const pNumbers = new Set<string>();
  const slugs = new Map<string, number>();
  const contactEmails = new Set<string>();
  const companies: GenCompany[] = [];
  const companyLoader = new TableLoader(sink, 'companies', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'cvr', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'name_search', type: 'text' },
    { name: 'p_numbers', type: 'text', cast: 'text[]' },
    { name: 'address', type: 'text' },
    { name: 'postcode', type: 'text' },
    { name: 'city', type: 'text' },
    { name: 'industry_code', type: 'text' },
    { name: 'employee_band', type: 'text' },
    { name: 'blockade', type: 'bool' },
    { name: 'do_not_contact', type: 'bool' },
    { name: 'responsible_staff_id', type: 'uuid' },
    { name: 'created_at', type: 'timestamptz' },
    { name: 'updated_at', type: 'timestamptz' },
  ]);
  const domainLoader = new TableLoader(sink, 'company_domains', [
    TENANT_COLUMN,
    { name: 'domain', type: 'text' },
    { name: 'company_id', type: 'uuid' },
  ]);
  const contactLoader = new TableLoader(sink, 'contacts', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'company_id', type: 'uuid' },
    { name: 'name', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'title', type: 'text' },
  ]);
  const sharedPublicDomain = 'roskilde-plejecentre.dk';

  for (let c = 0; c < profile.companies; c++) {
    const heavy = c < heavyCount;
    const name = heavy ? HEAVY_COMPANY_NAMES[c]! : companyName(prng, names);
    names.add(toSearchKey(name));
    let cvr: string | null = null;
    while (!cvr || cvrs.has(cvr)) cvr = completeCvr(`${prng.int(1, 9)}${prng.digits(6)}`);
    cvrs.add(cvr);
    const pCount = heavy
      ? prng.int(20, 80)
      : prng.weighted([
          [1, 80],
          [2, 14],
          [3, 6],
        ] as const);
    const ps: string[] = [];
    for (let i = 0; i < pCount; i++) {
      let p = `1${prng.digits(9)}`;
      while (pNumbers.has(p)) p = `1${prng.digits(9)}`;
      pNumbers.add(p);
      ps.push(p);
    }
    const domains: string[] = [];
    if (c >= heavyCount && c < heavyCount + 20) domains.push(sharedPublicDomain);
    else if (heavy || prng.chance(0.95)) {
      const slug = domainSlug(name);
      const seen = slugs.get(slug) ?? 0;
      slugs.set(slug, seen + 1);
      domains.push(`${seen === 0 ? slug : `${slug}-${seen + 1}`}.dk`);
      if (heavy || prng.chance(0.1)) domains.push(`${seen === 0 ? slug : `${slug}-${seen + 1}`}.com`);
    }
    const [postcode, city] = prng.pick(POSTCODES);
    const responsible = prng.chance(0.4) ? prng.int(0, consultants.length - 1) : null;
    // Long tail: log-normal activity, some companies never contacted.
    const weight = heavy ? 0 : prng.chance(0.08) ? 0 : Math.exp(1.3 * gaussian(prng));
    const company: GenCompany = { id: prng.uuid(), name, cvr, domains, contacts: [], responsible, weight };
    const created = new Date(start + prng.next() * (anchorMs - start) * 0.5).toISOString();
    await companyLoader.push([
      tenant,
      company.id,
      cvr,
      name,
      toSearchKey(name),
      pgArray(ps),
      `${prng.pick(STREETS)} ${prng.int(1, 120)}`,
      postcode,
      city,
      prng.pick(DB07),
      heavy ? '250+' : prng.pick(BANDS),
      prng.chance(0.003),
      prng.chance(0.005),
      responsible === null ? null : consultants[responsible]!.id,
      created,
      created,
    ]);
    for (const domain of domains) await domainLoader.push([tenant, domain, company.id]);

    const contactCount = heavy
      ? profile.heavyContacts
      : prng.weighted([
          [0, 10],
          [1, 25],
          [2, 25],
          [3, 18],
          [4, 10],
          [6, 8],
          [10, 4],
        ] as const);
    for (let i = 0; i < contactCount; i++) {
      const first = prng.pick(FIRST_NAMES);
      const last = prng.pick(LAST_NAMES);
      const domain = domains[0] === sharedPublicDomain ? sharedPublicDomain : domains[0];
      let email: string | null = null;
      if (domain && prng.chance(0.9)) {
        const local = `${asciiWord(first)}.${asciiWord(last)}`;
        email = `${local}@${domain}`;
        for (let n = 2; contactEmails.has(email); n++) email = `${local}${n}@${domain}`;
        contactEmails.add(email);
      }
      company.contacts.push({ name: `${first} ${last}`, email });
      await contactLoader.push([
        tenant,
        prng.uuid(),
        company.id,
        `${first} ${last}`,
        email,
        prng.chance(0.7) ? `+45 ${prng.digits(8)}` : null,
        prng.pick(TITLES),
      ]);
    }
    companies.push(company);
  }
  await companyLoader.flush();
  await domainLoader.flush();
  await contactLoader.flush();
  rows.companies = companyLoader.rows;
  rows.company_domains = domainLoader.rows;
  rows.contacts = contactLoader.rows;
  return { companies, pNumbers };
}
