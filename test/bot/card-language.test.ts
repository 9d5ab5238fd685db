import assert from 'node:assert/strict';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { seedTenant } from '../support/seeded.js';
import { botHarness, cardsOf, cardText } from './support/bot-harness.js';
import type { SeedData } from '../../src/demo/seed-data.js';

/** An English Teams client (the Agents Playground is one) pressing buttons on cards the bot wrote in Danish. */
const ENGLISH_CLIENT = { locale: 'en-US' };

describe('Teams bot: answers follow the card, not the client (botbuilder TestAdapter, seeded store)', function () {
  let store: KyselyStore;
  let data: SeedData;
  let bot: ReturnType<typeof botHarness>;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const seeded = await seedTenant(store);
    data = seeded.data;
    bot = botHarness({ store, tenantId: seeded.tenantId, seed: data, demoEmail: seeded.demoEmail });
  });
  after(async () => store?.close());

  /** The data of the card button titled `title`, as Teams would send it back. */
  function buttonData(card: unknown, title: string): Record<string, unknown> {
    const found = JSON.stringify(card).match(new RegExp(`"title":"${title}","data":(\\{[^}]*\\})`));
    assert.ok(found?.[1], `the card has a "${title}" button`);
    return JSON.parse(found[1]) as Record<string, unknown>;
  }

  it('when an English client presses "Vis flere" on a Danish history card, then the next page is in Danish', async () => {
    const [, history] = cardsOf(await bot.say('historik Østergaard Byg'));
    const more = buttonData(history, 'Vis flere');
    assert.equal(more['lang'], 'da');
    const next = cardsOf(await bot.say({ type: 'message', value: more }, 'personal', ENGLISH_CLIENT));
    assert.equal(next.length, 1);
    assert.match(cardText(next[0]), /Vis flere|Åbn i Kontaktspor/);
    assert.doesNotMatch(cardText(next[0]), /Show more|Open in Kontaktspor/);
  });

  it('when an English client presses "Vælg" on a Danish choice card, then the company card is in Danish', async () => {
    const [choice] = cardsOf(await bot.say('virksomhed ros'));
    const chosen = buttonData(choice, 'Vælg');
    const cards = cardsOf(await bot.say({ type: 'message', value: chosen }, 'personal', ENGLISH_CLIENT));
    assert.match(cardText(cards[0]), /Ansvarlig konsulent/);
    assert.doesNotMatch(cardText(cards[0]), /Responsible consultant/);
  });

  it('when a Danish client presses a button on an English card, then the answer stays English', async () => {
    const [choice] = cardsOf(await bot.say('company ros'));
    const chosen = buttonData(choice, 'Choose');
    const cards = cardsOf(await bot.say({ type: 'message', value: chosen }));
    assert.match(cardText(cards[0]), /Responsible consultant/);
  });

  it('when a second colleague with an English client presses "Jeg tager den" on a Danish alert in a channel, then the refusal is in Danish', async () => {
    const taken = data.vacancies.find((vacancy) => vacancy.status === 'in_progress');
    assert.ok(taken, 'the demo data has a vacancy someone is working on');
    const replies = await bot.say(
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'claim',
            data: { kontaktspor: 'claim', vacancyId: taken.id, lang: 'da' },
          },
          trigger: 'manual',
        },
      },
      'channel',
      ENGLISH_CLIENT,
    );
    const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: any };
    assert.equal(response.body.statusCode, 200);
    assert.match(cardText(response.body.value), /stillingen/i);
    assert.doesNotMatch(cardText(response.body.value), /vacancy|taken/i);
  });

  it('when an English client writes something unrecognised in a channel, then the help answers in Danish', async () => {
    const cards = cardsOf(await bot.say('<at>Kontaktspor</at> hmm', 'channel', ENGLISH_CLIENT));
    assert.match(cardText(cards[0]), /historik/);
  });

  it('when an English client writes something unrecognised in a personal chat, then the help answers in English', async () => {
    const cards = cardsOf(await bot.say('hmm', 'personal', ENGLISH_CLIENT));
    assert.match(cardText(cards[0]), /history/);
  });
});
