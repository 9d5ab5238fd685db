import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { containsCpr } from '../../src/domain/cpr.js';
import type { ErrorCode } from '../../src/domain/errors.js';
import { companyCard } from '../../bot/cards/company.card.js';
import { historyCard } from '../../bot/cards/history.card.js';
import { choiceCard } from '../../bot/cards/choice.card.js';
import { tagChoiceCard } from '../../bot/cards/tag-choice.card.js';
import { vacanciesCard } from '../../bot/cards/vacancies.card.js';
import { vacancyAlertCard } from '../../bot/cards/vacancy-alert.card.js';
import { alertCardRenderer } from '../../bot/alert-card-renderer.js';
import { buildJobnetFacts } from '../support/factories.js';
import { subscriptionCard, subscriptionsRemovedCard } from '../../bot/cards/subscription.card.js';
import { channelOnlyCard, errorCard, helpCard, notFoundCard } from '../../bot/cards/simple.cards.js';
import { welcomeCard } from '../../bot/cards/welcome.card.js';
import { companyPreview } from '../../bot/cards/company-preview.js';
import { parseCardSubmit, parseClaim } from '../../bot/cards/card-actions.js';
import { escapeMarkdown, formatDate, type AdaptiveCardJson } from '../../bot/cards/card-parts.js';
import type { Locale } from '../../bot/i18n/strings.js';
import { parseSubscriptionFilters } from '../../bot/commands/parse-command.js';
import { validateCard } from './support/validate-card.js';
import {
  HOSTILE_NAME,
  busiestCompany,
  buildCompanySummary,
  buildContext,
  buildInteractionView,
  buildVacancy,
  contextOf,
  historyOf,
  seedData,
  seededCompany,
  summaryOf,
  vacanciesOf,
} from './support/card-fixtures.js';

const OPEN_URL = 'https://teams.microsoft.com/l/entity/app-id/companies?webUrl=https%3A%2F%2Fkontaktspor.example%2Ftab';
const LOCALES: readonly Locale[] = ['da', 'en'];
/** One of each flag the register can raise, and a status Kontaktspor does not know (shown as given). */
const REGISTER_STATUSES = [
  'UNDER KONKURS',
  'OPLØST EFTER KONKURS',
  'OPHØRT',
  'UNDER FRIVILLIG LIKVIDATION',
  'UNDER REKONSTRUKTION',
  'UNDER *NY* ORDNING',
];
const CPR_SUMMARY = 'Ringede om praktik for borger med CPR 010203-1234, aftalt opfølgning.';
const ERROR_CODES: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'INVALID_CURSOR',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'UNAUTHENTICATED',
  'TOKEN_MISSING',
  'TOKEN_MALFORMED',
  'TOKEN_SIGNATURE_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_NOT_YET_VALID',
  'TOKEN_ISSUER_INVALID',
  'TOKEN_AUDIENCE_INVALID',
  'TOKEN_TENANT_NOT_ALLOWED',
  'TOKEN_SCOPE_MISSING',
  'TOKEN_NOT_ACCESS_TOKEN',
  'FORBIDDEN',
  'UNSUPPORTED_MEDIA_TYPE',
  'AUTH_REQUIRED',
  'BAD_GATEWAY',
  'THROTTLED',
  'UNAVAILABLE',
  'INTERNAL',
];

interface CardCase {
  builder: string;
  name: string;
  build: () => AdaptiveCardJson;
}

/** Every card the bot can emit, with realistic seeded inputs and the hostile and empty ones. */
function allCards(): CardCase[] {
  const cases: CardCase[] = [];
  const add = (builder: string, name: string, build: () => AdaptiveCardJson) => cases.push({ builder, name, build });
  const busiest = busiestCompany();
  const blockaded = seededCompany((company) => company.blockade);
  const doNotContact = seededCompany((company) => company.doNotContact);
  const hostileCompany = buildCompanySummary({
    name: HOSTILE_NAME,
    cvr: null,
    postcode: null,
    city: null,
    blockade: true,
    doNotContact: true,
  });
  const longSummary = `${'Lang opsummering med detaljer om rekrutteringsbehov. '.repeat(20)}`.slice(0, 1000);
  const hostileItems = [
    buildInteractionView({ summary: longSummary, subject: HOSTILE_NAME }),
    buildInteractionView({ summary: 'x'.repeat(5000), kind: 'email' }),
    buildInteractionView({
      summary: null,
      subject: null,
      kind: 'meeting',
      loggedBy: { id: 'x', name: null },
      sectionId: null,
      topics: [],
    }),
    buildInteractionView({
      summary: `${HOSTILE_NAME}\n\n- liste\n1. punkt\n# overskrift`,
      kind: 'visit',
      loggerCount: 3,
    }),
    buildInteractionView({ summary: CPR_SUMMARY, kind: 'note', topics: ['retired-topic'], sectionId: 'ukendt-afsnit' }),
  ];

  for (const locale of LOCALES) {
    // issue 8: a tagged item whose sender matched several companies, or none
    const jobId = '7d4f0a52-0c3e-4b8e-9d35-4f3a2b1c0e99';
    add('tagChoiceCard', `${locale}: ambiguous sender, hostile names and subject`, () =>
      tagChoiceCard({
        jobId,
        kind: 'email',
        subject: `${HOSTILE_NAME} ${CPR_SUMMARY}`,
        occurredAt: new Date('2025-05-30T08:00:00Z'),
        locale,
        choices: [summaryOf(busiest), hostileCompany, summaryOf(blockaded)].map((c) => ({
          id: c.id,
          name: c.name,
          cvr: c.cvr,
        })),
      }),
    );
    add('tagChoiceCard', `${locale}: unknown sender of a meeting, no subject`, () =>
      tagChoiceCard({ jobId, kind: 'meeting', subject: null, occurredAt: '2025-05-30T08:00:00Z', locale, choices: [] }),
    );
    for (const company of [busiest, blockaded, doNotContact]) {
      add('companyCard', `${locale}: seeded ${company.name}`, () =>
        companyCard({ company: summaryOf(company), context: contextOf(company), locale, openUrl: OPEN_URL }),
      );
    }
    add('companyCard', `${locale}: for compose`, () =>
      companyCard({
        company: summaryOf(busiest),
        context: contextOf(busiest),
        locale,
        openUrl: OPEN_URL,
        forCompose: true,
      }),
    );
    add('companyCard', `${locale}: hostile name, every field null, nothing known`, () =>
      companyCard({
        company: hostileCompany,
        context: buildContext({
          responsible: null,
          flags: { blockade: true, doNotContact: true, registerStatus: null },
        }),
        locale,
        openUrl: OPEN_URL,
      }),
    );
    add('companyCard', `${locale}: 25 open vacancies with hostile titles, unknown topic`, () =>
      companyCard({
        company: buildCompanySummary(),
        context: buildContext({
          openVacancies: Array.from({ length: 25 }, (_, i) =>
            buildVacancy({ title: `${HOSTILE_NAME} ${i}`, deadline: i % 2 ? null : '2025-02-30', positions: i + 1 }),
          ),
          topicCounts: [
            { topic: 'retired-topic', count: 3 },
            { topic: 'mentor', count: 0 },
          ],
        }),
        locale,
        openUrl: 'javascript:alert(1)',
      }),
    );

    add('historyCard', `${locale}: seeded, with a next page`, () =>
      historyCard({
        company: summaryOf(busiest),
        items: historyOf(busiest.id).slice(0, 10),
        nextCursor: 'opaque-cursor',
        locale,
        openUrl: OPEN_URL,
        sections: seedData().sections,
      }),
    );
    add('historyCard', `${locale}: seeded, last page`, () =>
      historyCard({
        company: summaryOf(blockaded),
        items: historyOf(blockaded.id).slice(0, 10),
        nextCursor: null,
        locale,
        openUrl: OPEN_URL,
      }),
    );
    add('historyCard', `${locale}: no contacts`, () =>
      historyCard({ company: hostileCompany, items: [], nextCursor: null, locale, openUrl: OPEN_URL }),
    );
    add('historyCard', `${locale}: hostile, long, empty and CPR texts`, () =>
      historyCard({ company: hostileCompany, items: hostileItems, nextCursor: 'c', locale, openUrl: OPEN_URL }),
    );
    add('historyCard', `${locale}: ten 1,000-character summaries`, () =>
      historyCard({
        company: summaryOf(busiest),
        items: Array.from({ length: 12 }, () => buildInteractionView({ summary: longSummary, subject: longSummary })),
        nextCursor: 'c'.repeat(500),
        locale,
        openUrl: OPEN_URL,
      }),
    );

    add('choiceCard', `${locale}: three seeded hits`, () =>
      choiceCard({ query: 'rosen', companies: seedData().companies.slice(0, 3).map(summaryOf), locale }),
    );
    add('choiceCard', `${locale}: more hits than shown`, () =>
      choiceCard({ query: 'a', companies: seedData().companies.slice(0, 11).map(summaryOf), locale, total: 40 }),
    );
    add('choiceCard', `${locale}: hostile names and query, null fields, flags`, () =>
      choiceCard({ query: HOSTILE_NAME, companies: [hostileCompany, buildCompanySummary({ name: '' })], locale }),
    );
    add('choiceCard', `${locale}: no hits`, () => choiceCard({ query: '', companies: [], locale }));
    add('choiceCard', `${locale}: hits the CVR register flags, one with a status Kontaktspor does not know`, () =>
      choiceCard({
        query: 'byg',
        companies: REGISTER_STATUSES.map((registerStatus) => buildCompanySummary({ registerStatus, blockade: true })),
        locale,
      }),
    );
    for (const registerStatus of REGISTER_STATUSES) {
      add('companyCard', `${locale}: the register says ${registerStatus}, with blockade and do-not-contact`, () =>
        companyCard({
          company: buildCompanySummary({ registerStatus, blockade: true, doNotContact: true }),
          context: buildContext({ flags: { blockade: true, doNotContact: true, registerStatus } }),
          locale,
          openUrl: OPEN_URL,
          forCompose: true,
        }),
      );
    }

    add('notFoundCard', `${locale}: a plain query`, () => notFoundCard('Novo', locale));
    add('notFoundCard', `${locale}: hostile 5,000-character query`, () =>
      notFoundCard(`${HOSTILE_NAME}${'x'.repeat(5000)}`, locale),
    );
    add('notFoundCard', `${locale}: empty query`, () => notFoundCard('', locale));

    add('helpCard', `${locale}: personal chat`, () => helpCard(locale, { inChannel: false }));
    add('helpCard', `${locale}: channel`, () => helpCard(locale, { inChannel: true }));
    add('welcomeCard', `${locale}: personal install`, () => welcomeCard(locale));

    for (const code of [...ERROR_CODES, 'SOMETHING_NEW', '<b>x</b>'])
      add('errorCard', `${locale}: ${code}`, () => errorCard(code, locale));

    add('vacanciesCard', `${locale}: seeded open vacancies`, () =>
      vacanciesCard({
        vacancies: vacanciesOf(null, { open: true }),
        locale,
        title: 'Ledige stillinger – Virksomhedsservice',
        openUrl: OPEN_URL,
      }),
    );
    add('vacanciesCard', `${locale}: none, default title`, () => vacanciesCard({ vacancies: [], locale }));
    add('vacancyAlertCard', `${locale}: hostile company and title, claimed`, () =>
      vacancyAlertCard({
        alert: {
          vacancy: {
            ...buildVacancy({ title: HOSTILE_NAME, location: HOSTILE_NAME, deadline: null }),
            status: 'in_progress',
            claimedBy: null,
            sectionId: null,
            interactionId: null,
            createdBy: 'x',
            createdAt: new Date(),
            updatedAt: new Date(),
            companyId: 'c',
          },
          companyName: HOSTILE_NAME,
          industryCode: null,
          companyPostcode: null,
          claimedByName: HOSTILE_NAME,
        },
        locale,
        openUrl: OPEN_URL,
        notice: { text: HOSTILE_NAME, tone: 'attention' },
      }),
    );

    add('vacancyAlertCard', `${locale}: from Jobnet on special terms, hostile type`, () =>
      vacancyAlertCard({
        alert: {
          vacancy: buildVacancy({
            createdBy: null,
            jobnet: buildJobnetFacts({ type: { code: 'X', label: HOSTILE_NAME, specialTerms: true } }),
          }),
          companyName: 'Østergaard Byg A/S',
          industryCode: null,
          companyPostcode: null,
          claimedByName: null,
        },
        locale,
        openUrl: OPEN_URL,
        jobnetUrl: 'https://arbejdsgiver.jobnet.dk/jobordre/4711',
      }),
    );

    add('vacanciesCard', `${locale}: hostile title and texts, nulls`, () =>
      vacanciesCard({
        vacancies: [
          buildVacancy({
            title: HOSTILE_NAME,
            companyName: HOSTILE_NAME,
            location: null,
            postcode: null,
            deadline: null,
            topics: [],
          }),
        ],
        locale,
        title: HOSTILE_NAME,
      }),
    );

    add('subscriptionCard', `${locale}: created with every kind of filter`, () =>
      subscriptionCard({
        filters: parseSubscriptionFilters('rekruttering, fleksjob, 4000, 412000, lager'),
        locale,
        created: true,
      }),
    );
    add('subscriptionCard', `${locale}: existed, everything`, () =>
      subscriptionCard({ filters: parseSubscriptionFilters(''), locale, created: false }),
    );
    add('subscriptionCard', `${locale}: hostile keywords and ignored words`, () =>
      subscriptionCard({
        filters: { topics: ['retired-topic'], industryPrefixes: [], postcodes: [], keywords: ['**fed**', '[x](y)'] },
        ignored: ['<script>', '1234567'],
        locale,
        created: true,
      }),
    );
    for (const count of [0, 1, 3])
      add('subscriptionsRemovedCard', `${locale}: ${count} removed`, () => subscriptionsRemovedCard(count, locale));
    add('channelOnlyCard', `${locale}`, () => channelOnlyCard(locale));
  }
  return cases;
}

// --- helpers over a card's JSON ------------------------------------------------------------------

type Json = unknown;
function nodes(card: Json, type: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['type'] === type) found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}
/** Every text a user reads on the card: TextBlocks, facts and button titles. */
function texts(card: Json): string[] {
  return [
    ...nodes(card, 'TextBlock').map((block) => String(block['text'])),
    ...nodes(card, 'FactSet').flatMap((set) =>
      (set['facts'] as Array<{ title: string; value: string }>).flatMap((fact) => [fact.title, fact.value]),
    ),
    ...nodes(card, 'Action.Submit').map((action) => String(action['title'])),
    ...nodes(card, 'Action.OpenUrl').map((action) => String(action['title'])),
  ];
}
const markdownTexts = (card: Json) => [
  ...nodes(card, 'TextBlock').map((block) => String(block['text'])),
  ...nodes(card, 'FactSet').flatMap((set) =>
    (set['facts'] as Array<{ title: string; value: string }>).flatMap((fact) => [fact.title, fact.value]),
  ),
];
const allText = (card: Json) => texts(card).join('\n');

// -------------------------------------------------------------------------------------------------

describe('bot: every card the bot can emit', () => {
  const cases = allCards();

  it('when the card builders are listed, then each exported *Card function is in the enumeration', async () => {
    const dir = fileURLToPath(new URL('../../bot/cards/', import.meta.url));
    const files = readdirSync(dir).filter((file) => /\.cards?\.ts$/.test(file));
    const exported = new Set<string>();
    for (const file of files) {
      const module = (await import(pathToFileURL(`${dir}${file}`).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (typeof value === 'function' && name.endsWith('Card')) exported.add(name);
    }
    const enumerated = new Set(cases.map((c) => c.builder));
    assert.deepEqual(
      [...exported].filter((name) => !enumerated.has(name)),
      [],
    );
    assert.ok(exported.size >= 10, `found only ${[...exported].join(', ')}`);
  });

  for (const { builder, name, build } of cases) {
    it(`when ${builder} is built (${name}), then it validates at Adaptive Cards 1.5 with no errors`, () => {
      const card = build();
      assert.deepEqual(validateCard(card), []);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) < 28_000, 'the card fits in a Teams message (28 KB)');
      for (const text of texts(card)) assert.ok(!containsCpr(text), `a CPR number reached the card: ${text}`);
      for (const text of markdownTexts(card)) {
        assert.doesNotMatch(text, /(?<!\\)(?:\\\\)*[*_[\]`]/, `unescaped markdown in: ${text.slice(0, 80)}`);
        assert.doesNotMatch(text, /(?<!\\)<[a-z/]/i, `an unescaped tag in: ${text.slice(0, 80)}`);
      }
    });
  }
});

describe('bot: validateCard', () => {
  it('when a card has an unknown element, action or property or another version, then it is refused', () => {
    const problems = validateCard({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'Carousel2', pages: [] },
        { type: 'TextBlock', text: 'x', colour: 'red' },
      ],
      actions: [{ type: 'Action.Teleport', title: 'go' }],
    });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems.join('\n'), /version/);
    assert.match(problems.join('\n'), /UnknownElementType/);
    assert.match(problems.join('\n'), /UnknownActionType/);
    assert.match(problems.join('\n'), /"colour" on TextBlock/);
  });

  it('when a property value is invalid, then it is refused', () => {
    assert.equal(
      validateCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', color: 'purple' }] })
        .length,
      1,
    );
  });
});

describe('bot: company card', () => {
  const blockaded = seededCompany((company) => company.blockade);

  it('when a company is under blockade, then the flag is shown first, in attention colour', () => {
    const card = companyCard({
      company: summaryOf(blockaded),
      context: contextOf(blockaded),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    const [first, flags] = card.body;
    assert.equal(first?.type, 'TextBlock');
    assert.equal(flags?.type, 'Container');
    assert.equal(flags.type === 'Container' && flags.style, 'attention');
    assert.match(JSON.stringify(flags), /Blokade\/konflikt/);
    assert.match(JSON.stringify(flags), /"color":"attention"/);
  });

  it('when a company must not be contacted, then the card says so in English too', () => {
    const card = companyCard({
      company: buildCompanySummary({ doNotContact: true }),
      context: buildContext(),
      locale: 'en',
      openUrl: OPEN_URL,
    });
    assert.match(allText(card), /Do not contact/);
    assert.doesNotMatch(allText(card), /Blockade/);
  });

  it('when a company has no flags, then no warning is shown', () => {
    const card = companyCard({
      company: buildCompanySummary(),
      context: buildContext(),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.equal(nodes(card, 'Container').filter((c) => c['style'] === 'attention').length, 0);
    assert.doesNotMatch(allText(card), /⚠/);
  });

  it('when the CVR register says the company is under bankruptcy, then that is the first flag, loud, above the blockade', () => {
    const company = buildCompanySummary({ registerStatus: 'UNDER KONKURS', blockade: true });
    const card = companyCard({
      company,
      context: buildContext({ flags: { blockade: true, doNotContact: false, registerStatus: 'UNDER KONKURS' } }),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    const flags = nodes(card, 'Container').find((c) => c['style'] === 'attention');
    const lines = nodes(flags ?? {}, 'TextBlock');
    assert.deepEqual(
      lines.map((line) => [line['text'], line['color']]),
      [
        ['⚠ Under konkurs', 'attention'],
        ['CVR-registret: virksomheden er under konkurs', 'attention'],
        ['⚠ Blokade/konflikt: ingen formidling, praktik eller løntilskud', 'attention'],
      ],
    );
    assert.equal(lines[0]?.['weight'], 'bolder');
  });

  it("when the register says the company was dissolved after bankruptcy, then an English reader is told so with the register's words", () => {
    const card = companyCard({
      company: buildCompanySummary({ registerStatus: 'OPLØST EFTER KONKURS' }),
      context: buildContext({
        flags: { blockade: false, doNotContact: false, registerStatus: 'OPLØST EFTER KONKURS' },
      }),
      locale: 'en',
      openUrl: OPEN_URL,
    });
    assert.match(allText(card), /⚠ Dissolved/);
    assert.match(allText(card), /CVR register: the company has been dissolved \(OPLØST EFTER KONKURS\)/);
  });

  it('when the register says NORMAL, then the card shows no register flag', () => {
    const card = companyCard({
      company: buildCompanySummary({ registerStatus: 'NORMAL' }),
      context: buildContext({ flags: { blockade: false, doNotContact: false, registerStatus: 'NORMAL' } }),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.doesNotMatch(allText(card), /⚠|CVR-registret/);
  });

  it("when the register uses a status Kontaktspor does not know, then the card shows the register's text, escaped", () => {
    const card = companyCard({
      company: buildCompanySummary({ registerStatus: 'UNDER *NY* ORDNING' }),
      context: buildContext({ flags: { blockade: false, doNotContact: false, registerStatus: 'UNDER *NY* ORDNING' } }),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.match(allText(card), /⚠ UNDER \\\*NY\\\* ORDNING/);
    assert.match(allText(card), /CVR-registret: virksomhedens status er »UNDER \\\*NY\\\* ORDNING«/);
  });

  it('when a company is named with markdown, then the name is escaped and shows literally', () => {
    const card = companyCard({
      company: buildCompanySummary({ name: '**Fed** [klik](javascript:alert(1))' }),
      context: buildContext(),
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.equal(nodes(card, 'TextBlock')[0]?.['text'], '\\*\\*Fed\\*\\* \\[klik\\](javascript:alert(1))');
  });

  it('when contacts per topic are counted, then the fact set shows topic labels in the locale', () => {
    const context = buildContext({
      topicCounts: [
        { topic: 'loentilskud', count: 4 },
        { topic: 'virksomhedspraktik', count: 2 },
      ],
    });
    const da = companyCard({ company: buildCompanySummary(), context, locale: 'da', openUrl: OPEN_URL });
    const en = companyCard({ company: buildCompanySummary(), context, locale: 'en', openUrl: OPEN_URL });
    assert.match(allText(da), /Løntilskud\n4\nVirksomhedspraktik\n2/);
    assert.match(allText(en), /Wage subsidy\n4\nWork placement\n2/);
  });

  it('when the company has open vacancies, then title, positions, deadline and status label are listed', () => {
    const context = buildContext({
      openVacancies: [buildVacancy({ title: 'Svejser', positions: 3, deadline: '2025-07-01', status: 'in_progress' })],
    });
    const card = companyCard({ company: buildCompanySummary(), context, locale: 'da', openUrl: OPEN_URL });
    assert.match(
      allText(card),
      /Ledige stillinger \(1\)\nSvejser\n3 stillinger · frist 1\. jul\. 2025 · 4000 Roskilde · I gang/,
    );
  });

  it('when the card shows a company, then "Vis historik" submits the company and "Åbn i Kontaktspor" opens the deep link', () => {
    const company = buildCompanySummary();
    const card = companyCard({ company, context: buildContext(), locale: 'da', openUrl: OPEN_URL });
    assert.deepEqual(card.actions, [
      {
        type: 'Action.Submit',
        title: 'Vis historik',
        data: { kontaktspor: 'history', companyId: company.id, lang: 'da' },
      },
      { type: 'Action.OpenUrl', title: 'Åbn i Kontaktspor', url: OPEN_URL },
    ]);
  });

  it('when the card is inserted from the compose box, then it carries no Action.Submit', () => {
    const card = companyCard({
      company: buildCompanySummary(),
      context: buildContext(),
      locale: 'en',
      openUrl: OPEN_URL,
      forCompose: true,
    });
    assert.deepEqual(nodes(card, 'Action.Submit'), []);
    assert.deepEqual(
      card.actions?.map((a) => a.title),
      ['Open in Kontaktspor'],
    );
  });

  it('when the deep link is not http(s), then no link button is offered', () => {
    const card = companyCard({
      company: buildCompanySummary(),
      context: buildContext(),
      locale: 'da',
      openUrl: 'javascript:alert(1)',
    });
    assert.deepEqual(nodes(card, 'Action.OpenUrl'), []);
  });
});

describe('bot: history card', () => {
  const company = buildCompanySummary({ name: 'Østergaard Byg A/S' });

  it('when there is a next page, then "Vis flere" carries the cursor', () => {
    const card = historyCard({
      company,
      items: [buildInteractionView()],
      nextCursor: 'next-42',
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.deepEqual(nodes(card, 'Action.Submit'), [
      {
        type: 'Action.Submit',
        title: 'Vis flere',
        data: { kontaktspor: 'history', companyId: company.id, cursor: 'next-42', lang: 'da' },
      },
    ]);
    assert.equal(nodes(card, 'Action.OpenUrl')[0]?.['title'], 'Åbn i Kontaktspor');
  });

  it('when a contact came from a shared mailbox, then the card names the mailbox and its section and says nobody can tell who tagged it', () => {
    const item = buildInteractionView({
      loggedBy: null,
      sharedMailbox: 'jobordre@roskilde.dk',
      sectionId: 'virksomhedsservice',
      loggerCount: 0,
    });
    const sections = [{ id: 'virksomhedsservice', name: 'Virksomhedsservice' }];
    const da = historyCard({ company, items: [item], nextCursor: null, locale: 'da', openUrl: OPEN_URL, sections });
    assert.match(
      allText(da),
      /Logget fra fælles postkasse jobordre@roskilde\.dk \(Virksomhedsservice\) — det fremgår ikke, hvem der satte kategorien/,
    );
    const en = historyCard({ company, items: [item], nextCursor: null, locale: 'en', openUrl: OPEN_URL, sections });
    assert.match(
      allText(en),
      /Logged from shared mailbox jobordre@roskilde\.dk \(Virksomhedsservice\) — it does not say who set the category/,
    );
  });

  it('when it is the last page, then there is no "Vis flere"', () => {
    const card = historyCard({
      company,
      items: [buildInteractionView()],
      nextCursor: null,
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.deepEqual(nodes(card, 'Action.Submit'), []);
  });

  it('when a summary holds a CPR number, then the card shows it redacted', () => {
    const card = historyCard({
      company,
      items: [buildInteractionView({ summary: CPR_SUMMARY })],
      nextCursor: null,
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.match(allText(card), /\\\[CPR fjernet\\\]/);
    assert.doesNotMatch(JSON.stringify(card), /010203/);
  });

  it('when the service withheld the summary, then a dash stands in its place', () => {
    const card = historyCard({
      company,
      items: [buildInteractionView({ subject: null, summary: null })],
      nextCursor: null,
      locale: 'da',
      openUrl: OPEN_URL,
    });
    assert.equal(nodes(card, 'TextBlock').at(-1)?.['text'], '—');
  });

  it('when a contact is shown, then date, kind, who, section and topics read in Danish', () => {
    const item = buildInteractionView({
      occurredAt: '2025-03-03T23:30:00.000Z',
      kind: 'visit',
      topics: ['loentilskud', 'mentor'],
      loggerCount: 2,
    });
    const card = historyCard({
      company,
      items: [item],
      nextCursor: null,
      locale: 'da',
      openUrl: OPEN_URL,
      sections: [{ id: 'virksomhedsservice', name: 'Virksomhedsservice' }],
    });
    // "4." at the start of a line would begin a numbered list in markdown, so it is escaped.
    assert.match(
      allText(card),
      /4\\\. mar\. 2025 · Besøg · Mette Kjærgaard og 1 anden\nAfsnit: Virksomhedsservice · Emner: Løntilskud, Mentor/,
    );
  });

  it('when a contact is shown in English, then the labels are English', () => {
    const item = buildInteractionView({
      occurredAt: '2025-03-03T10:00:00.000Z',
      kind: 'email',
      topics: ['loentilskud'],
      loggedBy: { id: 'x', name: null },
    });
    const card = historyCard({ company, items: [item], nextCursor: 'c', locale: 'en', openUrl: OPEN_URL });
    assert.match(
      allText(card),
      /History: Østergaard Byg A\/S\n3 Mar 2025 · Email · unknown\nSection: virksomhedsservice · Topics: Wage subsidy/,
    );
    assert.deepEqual(texts(card).slice(-2), ['Show more', 'Open in Kontaktspor']);
  });

  it('when more than ten contacts are given, then ten are shown', () => {
    const items = Array.from({ length: 14 }, () => buildInteractionView());
    const card = historyCard({ company, items, nextCursor: null, locale: 'da', openUrl: OPEN_URL });
    assert.equal(nodes(card, 'Container').length, 10);
  });

  it('when a summary is 5,000 characters, then it is cut with an ellipsis', () => {
    const card = historyCard({
      company,
      items: [buildInteractionView({ summary: 'y'.repeat(5000) })],
      nextCursor: null,
      locale: 'da',
      openUrl: OPEN_URL,
    });
    const summary = String(nodes(card, 'TextBlock').at(-1)?.['text']);
    assert.equal(summary.length, 1000);
    assert.ok(summary.endsWith('…'));
  });
});

describe('bot: choice card', () => {
  it('when several companies match, then each has a button that opens its company card', () => {
    const companies = [
      buildCompanySummary({ name: 'Rosenhøj Tømrer' }),
      buildCompanySummary({ name: 'Rosen Café', blockade: true }),
    ];
    const card = choiceCard({ query: 'rosen', companies, locale: 'da' });
    assert.deepEqual(
      nodes(card, 'Action.Submit').map((a) => a['data']),
      companies.map((c) => ({ kontaktspor: 'company', companyId: c.id, lang: 'da' })),
    );
    assert.match(allText(card), /Flere virksomheder matcher »rosen«/);
    assert.match(allText(card), /Blokade/);
  });

  it('when a hit is under bankruptcy in the CVR register, then its row says so before the blockade', () => {
    const companies = [
      buildCompanySummary({ name: 'Rosen Byg', registerStatus: 'UNDER KONKURS', blockade: true }),
      buildCompanySummary({ name: 'Rosen Café', registerStatus: 'NORMAL' }),
    ];
    const rows = nodes(choiceCard({ query: 'rosen', companies, locale: 'da' }), 'ColumnSet');
    assert.match(JSON.stringify(rows[0]), /⚠ Under konkurs · ⚠ Blokade\/konflikt/);
    assert.doesNotMatch(JSON.stringify(rows[1]), /⚠/);
  });

  it('when more than ten match, then ten are shown with "N flere – skriv mere præcist"', () => {
    const companies = Array.from({ length: 14 }, (_, i) => buildCompanySummary({ name: `Firma ${i}` }));
    const card = choiceCard({ query: 'firma', companies, locale: 'da' });
    assert.equal(nodes(card, 'Action.Submit').length, 10);
    assert.match(allText(card), /4 flere – skriv mere præcist/);
    assert.match(
      allText(choiceCard({ query: 'firma', companies, locale: 'en', total: 30 })),
      /20 more – be more specific/,
    );
  });

  it('when ten or fewer match, then nothing is said about more', () => {
    const card = choiceCard({ query: 'x', companies: [buildCompanySummary(), buildCompanySummary()], locale: 'da' });
    assert.doesNotMatch(allText(card), /flere/);
  });
});

describe('bot: the small cards', () => {
  it('when help is asked in a personal chat, then subscriptions are listed as channel-only commands', () => {
    const text = allText(helpCard('da', { inChannel: false }));
    for (const command of ['historik', 'virksomhed', 'stillinger', 'hjælp', 'abonner', 'afmeld'])
      assert.match(text, new RegExp(command));
    assert.ok(text.indexOf('Kun i kanaler') < text.indexOf('abonner'));
  });

  it('when help is asked in a channel, then the card tells to mention the bot and lists subscriptions as commands', () => {
    const text = allText(helpCard('en', { inChannel: true }));
    assert.match(text, /mention @Kontaktspor/);
    assert.match(text, /subscribe \\<topics/);
    assert.doesNotMatch(text, /channels only/i);
  });

  it('when an error code comes back, then the user reads a friendly sentence with the code', () => {
    assert.match(allText(errorCard('FORBIDDEN', 'da')), /Det har du ikke adgang til\.\nFejlkode: FORBIDDEN/);
    assert.match(allText(errorCard('TOKEN_EXPIRED', 'en')), /Sign in again/);
    assert.match(allText(errorCard('UNAVAILABLE', 'en')), /temporarily unavailable/);
    assert.match(allText(errorCard('NOT_FOUND', 'da')), /Det fandt jeg ikke/);
    assert.match(allText(errorCard('WHATEVER', 'da')), /Noget gik galt/);
  });

  it('when nothing matched, then the query is shown escaped with a hint', () => {
    const text = allText(notFoundCard('**Novo**', 'da'));
    assert.match(text, /matcher »\\\*\\\*Novo\\\*\\\*«/);
    assert.match(text, /CVR-nummeret/);
  });

  it('when a channel subscribes, then the card lists what it now receives, with topic labels', () => {
    const text = allText(
      subscriptionCard({
        filters: parseSubscriptionFilters('rekruttering, 4000, 412000, lager'),
        locale: 'da',
        created: true,
      }),
    );
    assert.match(text, /Kanalen abonnerer nu på nye stillinger/);
    assert.match(text, /Emner\nRekruttering\nBranchekoder \(begynder med\)\n412000\nPostnumre\n4000\nNøgleord\nlager/);
    assert.match(text, /aldrig oplysninger om borgere/);
  });

  it('when a channel subscribes without filters, then the card says it gets every new vacancy', () => {
    assert.match(
      allText(subscriptionCard({ filters: parseSubscriptionFilters(''), locale: 'en', created: false })),
      /already receives this\n.*all new vacancies/,
    );
  });

  it('when subscriptions are removed, then the count is told', () => {
    assert.match(allText(subscriptionsRemovedCard(0, 'da')), /ingen abonnementer/);
    assert.match(allText(subscriptionsRemovedCard(3, 'en')), /3 subscriptions are removed/);
  });

  it('when vacancies are listed, then company, positions and status show, and an empty list says so', () => {
    const text = allText(
      vacanciesCard({
        vacancies: [
          buildVacancy({ title: 'Chauffør', companyName: 'Østerby Transport ApS', status: 'paused', positions: 1 }),
        ],
        locale: 'en',
        title: 'Open vacancies',
      }),
    );
    assert.match(text, /Chauffør – Østerby Transport ApS\n1 position · deadline 1 Jul 2025 · 4000 Roskilde · Paused/);
    assert.match(
      allText(vacanciesCard({ vacancies: [], locale: 'da' })),
      /Ledige stillinger \(0\)\nIngen ledige stillinger matcher\./,
    );
  });
});

describe('bot: card parts', () => {
  it('when text carries markdown, then every significant character is escaped', () => {
    assert.equal(
      escapeMarkdown('**Fed** [klik](javascript:alert(1))'),
      '\\*\\*Fed\\*\\* \\[klik\\](javascript:alert(1))',
    );
    assert.equal(escapeMarkdown('# 1. <b>a_b</b> &amp; \\ `c`'), '\\# 1. \\<b>a\\_b\\</b> \\&amp; \\\\ \\`c\\`');
    assert.equal(escapeMarkdown('1. FC Roskilde'), '1\\. FC Roskilde');
    assert.equal(escapeMarkdown('Hansen & Søn (Roskilde) A/S'), 'Hansen & Søn (Roskilde) A/S');
  });

  it('when an instant is formatted, then it is the Copenhagen calendar day', () => {
    assert.equal(formatDate('2025-03-03T23:30:00Z', 'da'), '4. mar. 2025');
    assert.equal(formatDate('2025-07-31T21:59:00Z', 'en'), '31 Jul 2025');
    assert.equal(formatDate('not a date', 'da'), '—');
  });

  it('when a submit value comes back, then only our own well-formed payloads are accepted', () => {
    const id = buildCompanySummary().id;
    assert.deepEqual(parseCardSubmit({ kontaktspor: 'history', companyId: id, cursor: 'c1' }), {
      kontaktspor: 'history',
      companyId: id,
      cursor: 'c1',
    });
    assert.deepEqual(parseCardSubmit({ kontaktspor: 'company', companyId: id }), {
      kontaktspor: 'company',
      companyId: id,
    });
    assert.equal(parseCardSubmit({ kontaktspor: 'history', companyId: 'x' }), null);
    assert.equal(parseCardSubmit({ kontaktspor: 'delete', companyId: id }), null);
    assert.equal(parseCardSubmit({ kontaktspor: 'history', companyId: id, cursor: 7 }), null);
    assert.equal(parseCardSubmit('history'), null);
  });

  it("when a button carries its card's language, then it is read back; anything but da/en is dropped", () => {
    const id = buildCompanySummary().id;
    assert.equal(parseCardSubmit({ kontaktspor: 'company', companyId: id, lang: 'en' })?.lang, 'en');
    assert.equal(parseCardSubmit({ kontaktspor: 'history', companyId: id, lang: 'da' })?.lang, 'da');
    assert.equal(parseCardSubmit({ kontaktspor: 'company', companyId: id, lang: 'de' })?.lang, undefined);
    const vacancyId = buildCompanySummary().id;
    assert.deepEqual(parseClaim({ kontaktspor: 'claim', vacancyId, lang: 'da' }), {
      kontaktspor: 'claim',
      vacancyId,
      lang: 'da',
    });
    assert.deepEqual(parseClaim({ kontaktspor: 'claim', vacancyId, lang: '<script>' }), {
      kontaktspor: 'claim',
      vacancyId,
    });
  });
});

describe('bot: message extension preview', () => {
  it('when a company is previewed, then title, CVR and place show and HTML is escaped', () => {
    const preview = companyPreview(
      buildCompanySummary({ name: '<b>Fed</b> & Co', cvr: '13585628', blockade: true }),
      'da',
    );
    assert.deepEqual(preview, {
      title: '&lt;b&gt;Fed&lt;/b&gt; &amp; Co',
      subtitle: 'CVR 13585628 · 4000 Roskilde',
      text: '⚠ Blokade/konflikt: ingen formidling, praktik eller løntilskud',
    });
  });

  it("when a search hit has ceased in the CVR register, then the preview line says so, in the reader's language", () => {
    const company = buildCompanySummary({ registerStatus: 'OPHØRT', doNotContact: true });
    assert.equal(companyPreview(company, 'da').text, '⚠ Ophørt · ⚠ Må ikke kontaktes');
    assert.equal(companyPreview(company, 'en').text, '⚠ Ceased · ⚠ Do not contact');
  });

  it('when a seeded company without flags is previewed in English, then the text is empty', () => {
    const company = seededCompany((c) => !c.blockade && !c.doNotContact);
    const preview = companyPreview(summaryOf(company), 'en');
    assert.equal(preview.title, company.name.replace(/&/g, '&amp;'));
    assert.equal(preview.text, '');
  });
});

describe('Vacancy alert card', () => {
  const alert = (overrides: Record<string, unknown> = {}) => ({
    vacancy: {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      companyId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      title: 'Lagermedarbejder (kontakt 010190-1234)',
      positions: 3,
      deadline: '2027-01-31',
      location: 'Roskilde',
      postcode: '4000',
      topics: ['rekruttering', 'fleksjob'],
      status: 'received' as const,
      claimedBy: null,
      sectionId: null,
      interactionId: null,
      createdBy: 'x',
      jobnet: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      ...overrides,
    },
    companyName: 'Østergaard Byg A/S',
    industryCode: '412000',
    companyPostcode: '4000',
    claimedByName: overrides['status'] === 'in_progress' ? 'Mette Kjærgaard' : null,
  });

  for (const status of ['received', 'in_progress', 'paused', 'filled', 'deadline_passed', 'withdrawn'] as const) {
    for (const locale of ['da', 'en'] as const) {
      it(`when a ${status} vacancy is shown in ${locale}, then the card validates at 1.5 and carries no CPR number`, () => {
        const card = vacancyAlertCard({
          alert: alert({ status }),
          locale,
          openUrl: 'https://teams.microsoft.com/l/entity/x/companies',
        });
        assert.deepEqual(validateCard(card), []);
        const text = JSON.stringify(card);
        assert.doesNotMatch(text, /010190-?1234/);
        assert.match(text, /Østergaard Byg A\/S/);
        assert.equal(
          /Action\.Execute/.test(text),
          status === 'received' || status === 'paused',
          'the claim button only while it can be taken',
        );
      });
    }
  }

  it('when it is taken, then the card names who took it, in Danish first', () => {
    const text = JSON.stringify(vacancyAlertCard({ alert: alert({ status: 'in_progress' }), locale: 'da' }));
    assert.match(text, /Mette Kjærgaard har taget den/);
  });

  const JOBNET_URL = 'https://arbejdsgiver.jobnet.dk/jobordre/4711';
  const fromJobnet = (type = { code: 'LOENTILSKUD', label: 'Løntilskud', specialTerms: true }) =>
    alert({ createdBy: null, jobnet: buildJobnetFacts({ jobordreId: '4711', type }) });
  const openUrls = (card: AdaptiveCardJson) =>
    (card.actions ?? []).flatMap((action) =>
      action.type === 'Action.OpenUrl' ? [{ title: action.title, url: action.url }] : [],
    );

  for (const [locale, specialTerms, button] of [
    ['da', 'Særlige vilkår: Løntilskud', 'Åbn i Jobnet'],
    ['en', 'Special terms: Løntilskud', 'Open in Jobnet'],
  ] as const) {
    it(`when a løntilskud vacancy from Jobnet is alerted in ${locale}, then the card shows its type and special terms and opens the jobordre in Jobnet`, () => {
      const card = vacancyAlertCard({ alert: fromJobnet(), locale, jobnetUrl: JOBNET_URL });
      assert.deepEqual(validateCard(card), []);
      const text = JSON.stringify(card);
      assert.match(text, /"title":"Type","value":"Løntilskud"/);
      assert.ok(text.includes(specialTerms), text);
      assert.deepEqual(openUrls(card), [{ title: button, url: JOBNET_URL }]);
      assert.doesNotMatch(text, /010190-?1234/);
      assert.match(text, /Action\.Execute/, 'still claimable');
    });
  }

  it('when a Jobnet vacancy is an ordinary job, then its type is shown but nothing warns of special terms', () => {
    const card = vacancyAlertCard({
      alert: fromJobnet({ code: 'ORDINAER', label: 'Ordinært job', specialTerms: false }),
      locale: 'da',
      jobnetUrl: JOBNET_URL,
    });
    const text = JSON.stringify(card);
    assert.match(text, /Ordinært job/);
    assert.doesNotMatch(text, /Særlige vilkår/);
  });

  it('when a colleague registered the vacancy, then the card has no type and no Jobnet button', () => {
    const card = vacancyAlertCard({ alert: alert(), locale: 'da', jobnetUrl: null });
    const text = JSON.stringify(card);
    assert.doesNotMatch(text, /Jobnet|"title":"Type"/);
  });

  it("when the channel's card is rendered for a Jobnet vacancy, then its button opens that jobordre's page as configured", async () => {
    const render = alertCardRenderer({
      store: { listTopics: async () => [] },
      teamsAppId: 'app-id',
      publicUrl: 'https://kontaktspor.example',
      jobnetJobordreUrl: 'https://jobnet.example/jobordre/{id}?kilde=kontaktspor',
    });
    const card = (await render('tenant', fromJobnet())) as AdaptiveCardJson;
    assert.deepEqual(validateCard(card), []);
    const jobnet = openUrls(card).find((action) => action.title === 'Åbn i Jobnet');
    assert.equal(jobnet?.url, 'https://jobnet.example/jobordre/4711?kilde=kontaktspor');
  });
});
