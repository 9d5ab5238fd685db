/** The demo user's mail from the seeded companies' contact persons: job orders, schemes, one with a CPR number. */
import type { Person } from '../graph-factories.js';
import { escapeHtml } from '../graph-text.js';
import type { MessagePlan } from './message-plan.js';
import { signature, type Correspondent } from './people.js';

export function companyMessages(me: Person, colleagues: Person[], c: Correspondent[]): MessagePlan[] {
  const hej = 'Hej Mette';
  const at = (i: number): Correspondent => c[i] as Correspondent;
  const mail = (
    i: number,
    key: string,
    subject: string,
    text: string[],
    hoursAgo: number,
    extra: Partial<MessagePlan> = {},
  ): MessagePlan => ({
    key,
    from: at(i).person,
    to: [me],
    subject,
    paragraphs: [hej, ...text.map(escapeHtml), signature(at(i))],
    hoursAgo,
    ...extra,
  });
  return [
    mail(
      0,
      'lager',
      'Ledige stillinger som lagermedarbejder',
      [
        'Vi skal bruge tre lagermedarbejdere fra 1. august, gerne med truckcertifikat. Kan I sende os nogle kandidater?',
        'Stillingsopslaget er vedhæftet.',
      ],
      5,
      { attachments: [{ name: 'Stillingsopslag - lagermedarbejder.pdf', contentType: 'application/pdf' }] },
    ),
    mail(
      1,
      'praktik',
      'Praktikplads til en kandidat?',
      ['Vi har plads til en i virksomhedspraktik i kantinen i fire uger. Vi vil gerne høre, om I har en, der passer.'],
      20,
    ),
    mail(
      2,
      'loentilskud',
      'Spørgsmål om løntilskud',
      ['Hvordan fungerer løntilskud hos private arbejdsgivere, og hvor lang tid tager det at få en aftale på plads?'],
      29,
    ),
    mail(
      3,
      'fleksjob',
      'Fleksjob – muligheder hos os',
      [
        'Vi kunne godt tænke os at oprette et fleksjob på 15 timer om ugen i vores administration. Kan vi tage en snak om det?',
      ],
      47,
    ),
    {
      ...mail(
        4,
        'opfoelgning',
        'Opfølgning på vores møde i går',
        [
          'Tak for et godt møde. Som aftalt sender jeg vores rekrutteringsplan for efteråret.',
          'Jeg har sat Søren og Camilla på, da de også var med.',
        ],
        52,
        {
          attachments: [
            {
              name: 'Rekrutteringsplan efterår.xlsx',
              contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          ],
        },
      ),
      cc: [
        ...colleagues,
        { name: 'Jesper Holm', address: `jesper.holm@${at(4).company.domains[0] ?? 'example.dk'}` },
        { name: 'Lone Berg', address: `lone.berg@${at(4).company.domains[0] ?? 'example.dk'}` },
        { name: 'Lars Winther', address: `lars.winther@${at(4).company.domains[0] ?? 'example.dk'}` },
      ],
      alsoIn: [1, 2],
    },
    mail(
      5,
      'chauffoer',
      'Jobordre: 3 chauffører (C/CE)',
      [
        'Vi melder hermed tre stillinger som chauffør ind. Kørekort C/CE og chaufføruddannelse er et krav. Ansøgningsfrist om tre uger.',
      ],
      70,
      {
        attachments: [
          {
            name: 'Jobordre chauffør.docx',
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          },
        ],
        alsoIn: [1],
      },
    ),
    mail(
      6,
      'besoeg',
      'Re: Virksomhedsbesøg næste uge',
      ['Torsdag kl. 10 passer fint. I er velkomne til at parkere i gården.'],
      75,
    ),
    mail(
      7,
      'voksenlaerling',
      'Voksenlærling inden for VVS',
      [
        'Vi overvejer at ansætte en voksenlærling. Hvilke tilskud kan vi søge, og kan I hjælpe med at finde en kandidat?',
      ],
      98,
    ),
    mail(
      8,
      'partnerskab',
      'Samarbejdsaftale (partnerskab) – udkast',
      [
        'Vedhæftet er vores udkast til en partnerskabsaftale om rekruttering og praktik. Kig gerne på punkt 3 om opfølgning.',
      ],
      120,
      {
        attachments: [
          { name: 'Partnerskabsaftale udkast v2.pdf', contentType: 'application/pdf' },
          { name: 'image001.png', contentType: 'image/png', isInline: true },
        ],
      },
    ),
    mail(
      9,
      'mentor',
      'Mentorordning for ny medarbejder',
      ['Vores nye medarbejder kunne have gavn af en mentor de første måneder. Hvordan søger vi om mentorstøtte?'],
      150,
    ),
    mail(
      10,
      'jobrotation',
      'Jobrotation – uddannelse af vores medarbejdere',
      ['Vi sender fire medarbejdere på AMU-kursus i oktober og vil gerne have vikarer gennem jobrotation.'],
      170,
    ),
    mail(
      11,
      'igu',
      'IGU-forløb',
      ['Vi har gode erfaringer med IGU og vil gerne tage to nye elever i lager og logistik.'],
      200,
      { alsoIn: [2] },
    ),
    mail(
      0,
      'cpr',
      'Vedr. vores medarbejder – fastholdelse',
      [
        'Vi har en medarbejder, cpr 010190-1234, som har været sygemeldt med stress siden marts. Lægen har stillet diagnosen depression, og vi vil gerne fastholde ham på nedsat tid.',
        'Kan I hjælpe med et fastholdelsesforløb?',
      ],
      30,
    ),
  ];
}
