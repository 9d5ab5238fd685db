/** The demo user's other mail, there to be refused or cleaned: hostile HTML, a private sender, a colleague, her own. */
import type { Person } from '../graph-factories.js';
import { escapeHtml } from '../graph-text.js';
import type { MessagePlan } from './message-plan.js';
import type { Correspondent } from './people.js';

export function otherMessages(me: Person, colleague: Person, c: Correspondent[]): MessagePlan[] {
  const hostileCompany = c[3] as Correspondent;
  const domain = hostileCompany.company.domains[0] ?? 'example.dk';
  const customer = c[1] as Correspondent;
  return [
    {
      key: 'hostile',
      from: { name: '<img src=x onerror=alert(1)>', address: `kontakt@${domain}` },
      to: [me],
      subject: 'Tilbud <script>alert(1)</script>',
      paragraphs: [
        'Hej',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        'Se vores tilbud på <a href="javascript:alert(1)">dette link</a>.',
      ],
      hoursAgo: 9,
    },
    {
      key: 'gmail',
      from: { name: 'Jens Mikkelsen', address: 'jens.mikkelsen84@gmail.com' },
      to: [me],
      subject: 'Spørgsmål om ledige job',
      paragraphs: ['Hej', 'Jeg så jeres opslag om lagerjob og vil gerne høre, om jeg kan søge.', 'Mvh Jens'],
      hoursAgo: 13,
    },
    {
      key: 'colleague',
      from: colleague,
      to: [me],
      subject: `Fwd: Kontakt hos ${customer.company.name}`,
      paragraphs: [
        'Hej Mette',
        `Til orientering: ${escapeHtml(customer.person.name)} er ny kontaktperson hos ${escapeHtml(customer.company.name)}.`,
        'Hilsen Søren',
      ],
      hoursAgo: 26,
    },
    {
      key: 'outbound',
      from: me,
      to: [customer.person],
      subject: 'Tilbud om hjælp til rekruttering',
      paragraphs: [
        `Hej ${escapeHtml(customer.first)}`,
        'Tak for snakken. Jobcentret kan hjælpe med opslag, screening af kandidater og virksomhedspraktik.',
        'Venlig hilsen<br>Mette Kjærgaard<br>Jobcenter Roskilde',
      ],
      hoursAgo: 18,
    },
    {
      key: 'draft',
      from: null,
      to: [],
      subject: 'Udkast: Invitation til jobmesse',
      paragraphs: ['Kære samarbejdspartner', 'Vi inviterer til jobmesse i Roskilde Kongrescenter.'],
      hoursAgo: 3,
      isDraft: true,
    },
  ];
}
