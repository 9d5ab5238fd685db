import assert from 'node:assert/strict';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { seedTenant } from '../support/seeded.js';
import { botHarness, cardsOf, cardText } from './support/bot-harness.js';
import { validateCard } from './support/validate-card.js';
import type { SeedData } from '../../src/demo/seed-data.js';
import { toRegisterCompanyRow } from '../../src/app/register-row.js';
import { MUNICIPALITY, buildRegisterCompany } from '../support/register-company-factory.js';

describe('Teams bot conversations (botbuilder TestAdapter, seeded store)', function () {
  let store: KyselyStore;
  let data: SeedData;
  let tenantId: string;
  let bot: ReturnType<typeof botHarness>;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const seeded = await seedTenant(store);
    ({ data, tenantId } = seeded);
    bot = botHarness({ store, tenantId, seed: data, demoEmail: seeded.demoEmail });
  });
  after(async () => store?.close());

  const ostergaard = () => data.companies.find((c) => c.name === 'Østergaard Byg A/S')!;

  function assertValidCards(cards: Record<string, unknown>[]) {
    assert.ok(cards.length > 0, 'the bot answered with a card');
    for (const card of cards) assert.deepEqual(validateCard(card), []);
  }

  it('when asked in Danish "hvad er vores historik med Østergaard Byg?", then the company card and the last 10 contacts come back', async () => {
    const replies = await bot.say('hvad er vores historik med Østergaard Byg?');
    assert.equal(replies[0]?.type, 'typing');
    const cards = cardsOf(replies);
    assertValidCards(cards);
    assert.equal(cards.length, 2);
    assert.match(cardText(cards[0]), /Østergaard Byg A\/S/);
    assert.match(cardText(cards[0]), new RegExp(ostergaard().cvr));
    assert.match(cardText(cards[1]), /Vis flere/);
    assert.match(JSON.stringify(cards[1]), /teams\.microsoft\.com\/l\/entity/);
  });

  it('when asked in English "history with <CVR>", then the answer is in English', async () => {
    const cards = cardsOf(await bot.say(`history with ${ostergaard().cvr}`));
    assertValidCards(cards);
    assert.match(cardText(cards[1]), /Show more/);
  });

  it('when "Vis flere" is pressed, then the next page of the history comes back', async () => {
    const first = cardsOf(await bot.say('historik ostergaard-byg.dk'));
    const more = JSON.stringify(first[1]).match(/"cursor":"([^"]+)"/)?.[1];
    assert.ok(more, 'the history card carries a cursor');
    const next = cardsOf(
      await bot.say({ type: 'message', value: { kontaktspor: 'history', companyId: ostergaard().id, cursor: more } }),
    );
    assertValidCards(next);
    assert.equal(next.length, 1, 'only the history page, not the company card again');
  });

  it('when a name matches several companies, then a choice card lists them', async () => {
    const cards = cardsOf(await bot.say('virksomhed ros'));
    assertValidCards(cards);
    assert.match(cardText(cards[0]), /Rosenhøj/);
    assert.match(JSON.stringify(cards[0]), /"kontaktspor":"company"/);
  });

  it('when the company is unknown, then the bot says so instead of guessing', async () => {
    const cards = cardsOf(await bot.say('historik med Findesikke Transport ApS'));
    assertValidCards(cards);
    assert.match(cardText(cards[0]), /Findesikke Transport ApS/);
    assert.doesNotMatch(cardText(cards[0]), /CVR \d{8}/);
  });

  for (const text of ['', '   ', 'goddag', 'x'.repeat(5_000)]) {
    it(`when the message is ${text.trim() ? (text.length > 100 ? '5,000 characters' : `"${text}"`) : text ? 'blank' : 'empty'}, then the help card answers: never silence`, async () => {
      const cards = cardsOf(await bot.say(text));
      assertValidCards(cards);
      assert.match(cardText(cards[0]), /historik/i);
    });
  }

  it('when "stillinger" is asked, then open vacancies come back; "vacancies rekruttering" filters by topic in English', async () => {
    const da = cardsOf(await bot.say('ledige stillinger'));
    assertValidCards(da);
    const en = cardsOf(await bot.say('open vacancies for rekruttering'));
    assertValidCards(en);
  });

  it('when the bot is @mentioned in a channel, then the mention is ignored and the command answered', async () => {
    const text = '<at>Kontaktspor</at> historik Østergaard Byg';
    const replies = await bot.say(
      {
        type: 'message',
        text,
        entities: [{ type: 'mention', text: '<at>Kontaktspor</at>', mentioned: { id: 'bot-1', name: 'Kontaktspor' } }],
      },
      'channel',
    );
    const cards = cardsOf(replies);
    assertValidCards(cards);
    assert.match(cardText(cards[0]), /Østergaard Byg A\/S/);
  });

  it('when a channel subscribes and unsubscribes, then the filters are stored and removed; in a personal chat it is refused', async () => {
    const personal = cardsOf(await bot.say('abonner rekruttering 4000'));
    assert.doesNotMatch(cardText(personal[0]), /4000/);
    const created = cardsOf(await bot.say('<at>Kontaktspor</at> abonner rekruttering, 4000, 412000', 'channel'));
    assertValidCards(created);
    const stored = await store.listSubscriptions(tenantId, '19:virksomhedsservice@thread.tacv2');
    assert.deepEqual(
      stored.map((s) => [s.topics, s.postcodes, s.industryPrefixes]),
      [[['rekruttering'], ['4000'], ['412000']]],
    );
    const removed = cardsOf(await bot.say('afmeld', 'channel'));
    assertValidCards(removed);
    assert.deepEqual(await store.listSubscriptions(tenantId, '19:virksomhedsservice@thread.tacv2'), []);
  });

  it('when a company name carries markdown or HTML, then the card shows it as text', async () => {
    const hostile = await store.insertCompany(tenantId, {
      cvr: null,
      name: '**Fed** [klik](javascript:alert(1)) <img src=x onerror=alert(1)>',
      pNumbers: [],
      address: null,
      postcode: '4000',
      city: 'Roskilde',
      industryCode: null,
      employeeBand: null,
      blockade: false,
      doNotContact: false,
      responsibleStaffId: null,
      domains: ['hostile-demo.dk'],
    });
    const cards = cardsOf(await bot.say('virksomhed hostile-demo.dk'));
    assertValidCards(cards);
    const heading = (cards[0]!.body as { text?: string }[])[0]!.text!;
    // Escaped, the brackets and asterisks cannot form a link or bold text: Teams shows them as typed.
    assert.ok(heading.includes('\\[klik\\]') && heading.includes('\\*\\*Fed'), heading);
    assert.ok(!/(^|[^\\])\[klik\]\(/.test(heading), 'no live markdown link');
    assert.equal(hostile.name.includes('Fed'), true);
  });

  it('when the bot is installed in a team and removed again, then the conversation reference is stored and forgotten', async () => {
    await bot.say({ type: 'installationUpdate', action: 'add' }, 'channel');
    assert.ok(await store.getConversationRef(tenantId, '19:virksomhedsservice@thread.tacv2'));
    await bot.say({ type: 'installationUpdate', action: 'remove' }, 'channel');
    assert.equal(await store.getConversationRef(tenantId, '19:virksomhedsservice@thread.tacv2'), null);
  });

  it('when an activity comes from a tenant we do not serve, then there is no answer and a warning is logged', async () => {
    const replies = await bot.say({ type: 'message', text: 'historik Østergaard' }, 'personal', {
      conversation: {
        id: 'a:foreign',
        isGroup: false,
        conversationType: 'personal',
        tenantId: '11111111-2222-3333-4444-555555555555',
        name: '',
      },
      channelData: { tenant: { id: '11111111-2222-3333-4444-555555555555' } },
    });
    assert.deepEqual(replies, []);
    assert.ok(bot.warnings.some((line) => line.includes('tenant not served')));
  });

  it('when the message extension searches "øster", then company cards come back ready to insert, with no buttons that cannot work there', async () => {
    const replies = await bot.say({
      type: 'invoke',
      name: 'composeExtension/query',
      value: {
        commandId: 'searchCompanies',
        parameters: [{ name: 'query', value: 'øster' }],
        queryOptions: { skip: 0, count: 10 },
      },
    });
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: any };
    assert.equal(response.status, 200);
    const attachments = response.body.composeExtension.attachments as {
      content: unknown;
      preview: { content: { title: string } };
    }[];
    assert.ok(attachments.some((a) => a.preview.content.title.includes('Østergaard Byg A/S')));
    for (const attachment of attachments) {
      assert.deepEqual(validateCard(attachment.content), []);
      assert.doesNotMatch(JSON.stringify(attachment.content), /Action\.Submit/);
    }
  });

  it('when the message extension finds a company the CVR register says is under bankruptcy, then the preview and the inserted card say so', async () => {
    const bankrupt = buildRegisterCompany({ name: 'Konkursbo Tømrer ApS', status: 'UNDER KONKURS' });
    await store.applyRegisterCompanies(tenantId, [toRegisterCompanyRow(bankrupt, MUNICIPALITY)], new Date());
    const replies = await bot.say({
      type: 'invoke',
      name: 'composeExtension/query',
      value: { commandId: 'searchCompanies', parameters: [{ name: 'query', value: 'Konkursbo' }] },
    });
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: any };
    const [attachment, ...others] = response.body.composeExtension.attachments;
    assert.equal(others.length, 0);
    assert.match(attachment.preview.content.text, /⚠ Under konkurs/);
    assert.match(cardText(attachment.content), /CVR-registret: virksomheden er under konkurs/);
    assert.deepEqual(validateCard(attachment.content), []);

    const cards = cardsOf(await bot.say('historik Konkursbo Tømrer'));
    assertValidCards(cards);
    assert.match(cardText(cards[0]), /⚠ Under konkurs/);
  });

  it('when a deep link to a company page is pasted, then it unfurls into that company card', async () => {
    const link = `https://teams.microsoft.com/l/entity/b5e2c4a0-6f1d-4e3b-9a8c-7d6e5f4a3b2c/companies?context=${encodeURIComponent(JSON.stringify({ subEntityId: `company:${ostergaard().id}` }))}`;
    const replies = await bot.say({ type: 'invoke', name: 'composeExtension/queryLink', value: { url: link } });
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: any };
    assert.equal(response.status, 200);
    const [attachment] = response.body.composeExtension.attachments;
    assert.match(cardText(attachment.content), /Østergaard Byg A\/S/);
    assert.deepEqual(validateCard(attachment.content), []);
  });
});
