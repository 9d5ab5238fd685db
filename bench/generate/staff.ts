/** Sections, staff (a third of them company consultants) and the tenant's topics. */
import { DEFAULT_TOPICS } from '../../src/domain/topics.js';
import { DEMO_USER_EMAIL } from '../../src/demo/seed-data.js';
import type { Profile } from '../profiles.js';
import { asciiWord, type GenStaff, type LoadContext } from './phase.js';
import { TableLoader, TENANT_COLUMN } from './table-loader.js';
import { FIRST_NAMES, LAST_NAMES, SECTION_NAMES } from './vocabulary.js';

export async function loadStaff(
  { prng, tenant, sink, rows }: LoadContext,
  profile: Profile,
): Promise<{ staff: GenStaff[]; consultants: GenStaff[] }> {
  const sections = SECTION_NAMES.slice(0, profile.sections);
  const sectionLoader = new TableLoader(sink, 'sections', [
    TENANT_COLUMN,
    { name: 'id', type: 'text' },
    { name: 'name', type: 'text' },
  ]);
  for (const [id, name] of sections) await sectionLoader.push([tenant, id, name]);
  await sectionLoader.flush();

  const staff: GenStaff[] = [];
  const emails = new Set<string>();
  for (let i = 0; i < profile.staff; i++) {
    if (i === 0) {
      staff.push({ id: prng.uuid(), email: DEMO_USER_EMAIL, name: 'Mette Kjærgaard', sectionId: 'virksomhedsservice' });
      emails.add(DEMO_USER_EMAIL);
      continue;
    }
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    let email = `${asciiWord(first)}.${asciiWord(last)}@roskilde.dk`;
    for (let n = 2; emails.has(email); n++) email = `${asciiWord(first)}.${asciiWord(last)}${n}@roskilde.dk`;
    emails.add(email);
    // A third of the staff are company consultants; they log most contacts.
    const sectionId = i % 3 === 0 ? 'virksomhedsservice' : sections[prng.int(0, sections.length - 1)]![0];
    staff.push({ id: prng.uuid(), email, name: `${first} ${last}`, sectionId });
  }
  const staffLoader = new TableLoader(sink, 'staff', [
    TENANT_COLUMN,
    { name: 'id', type: 'uuid' },
    { name: 'email', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'section_id', type: 'text' },
    { name: 'is_admin', type: 'bool' },
  ]);
  for (const [i, s] of staff.entries())
    await staffLoader.push([tenant, s.id, s.email, s.name, s.sectionId, i === 0 || i % 50 === 7]);
  await staffLoader.flush();
  const consultants = staff.filter((s) => s.sectionId === 'virksomhedsservice');

  const topicLoader = new TableLoader(sink, 'topics', [
    TENANT_COLUMN,
    { name: 'key', type: 'text' },
    { name: 'label_da', type: 'text' },
    { name: 'label_en', type: 'text' },
    { name: 'cooperation', type: 'bool' },
    { name: 'position', type: 'int' },
  ]);
  for (const [position, t] of DEFAULT_TOPICS.entries())
    await topicLoader.push([tenant, t.key, t.da, t.en, t.cooperation, position]);
  await topicLoader.flush();
  rows.sections = sections.length;
  rows.staff = staff.length;
  rows.topics = DEFAULT_TOPICS.length;
  return { staff, consultants };
}
