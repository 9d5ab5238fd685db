import assert from 'node:assert/strict';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { KyselyStore } from '../../src/adapters/store/kysely-store.js';
import { seedTenant } from '../support/seeded.js';
import { botHarness, cardsOf, cardText } from './support/bot-harness.js';
import { helpCard } from '../../bot/cards/simple.cards.js';
import { strings } from '../../bot/i18n/strings.js';

const CHANNEL = '19:virksomhedsservice@thread.tacv2';
const MENTION = {
  type: 'mention',
  text: '<at>Kontaktspor</at>',
  mentioned: { id: 'bot-1', name: 'Kontaktspor' },
};

describe('Teams bot: how it behaves in channels and chats (botbuilder TestAdapter, seeded store)', function () {
  let store: KyselyStore;
  let tenantId: string;
  let bot: ReturnType<typeof botHarness>;

  before(async () => {
    store = new KyselyStore(await openDatabase({ kind: 'pglite', dataDir: ':memory:' }));
    const seeded = await seedTenant(store);
    tenantId = seeded.tenantId;
    bot = botHarness({ store, tenantId, seed: seeded.data, demoEmail: seeded.demoEmail });
    await bot.say({ type: 'installationUpdate', action: 'add' }, 'channel');
  });
  after(async () => store?.close());

  it('when a message only holds a card someone inserted, then the bot does not answer it', async () => {
    const inserted = {
      type: 'message',
      text: '',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
    };
    assert.deepEqual(await bot.say(inserted), []);
    const mentioned = { ...inserted, text: '<at>Kontaktspor</at>', entities: [MENTION] };
    assert.deepEqual(await bot.say(mentioned, 'channel'), []);
  });

  it('when a card comes with words, then the words are still answered', async () => {
    const replies = await bot.say({
      type: 'message',
      text: 'historik Østergaard',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }],
    });
    assert.match(cardText(cardsOf(replies)[0]), /Østergaard Byg A\/S/);
  });

  it('when the bot answers in a channel, then no typing indicator comes first; in a personal chat it does', async () => {
    const inChannel = await bot.say(
      { type: 'message', text: '<at>Kontaktspor</at> historik Østergaard', entities: [MENTION] },
      'channel',
    );
    assert.ok(inChannel.length > 0);
    assert.ok(inChannel.every((reply) => reply.type !== 'typing'));
    const personal = await bot.say('historik Østergaard');
    assert.equal(personal[0]?.type, 'typing');
  });

  it('when "abonner rekruttering 4000 1234567" is written, then the card names "1234567" as not understood', async () => {
    const cards = cardsOf(await bot.say('<at>Kontaktspor</at> abonner rekruttering 4000 1234567', 'channel'));
    assert.match(cardText(cards[0]), /Ikke forstået: 1234567/);
    const [stored] = await store.listSubscriptions(tenantId, CHANNEL);
    assert.deepEqual([stored?.topics, stored?.postcodes, stored?.keywords], [['rekruttering'], ['4000'], []]);
    await bot.say('<at>Kontaktspor</at> afmeld', 'channel');
  });

  it('when the same "abonner" is written twice, then the channel has one subscription and the second answer says it already exists', async () => {
    const first = cardsOf(await bot.say('<at>Kontaktspor</at> abonner fleksjob 4000', 'channel'));
    assert.match(cardText(first[0]), new RegExp(strings('da').subscriptionCreated));
    const second = cardsOf(await bot.say('<at>Kontaktspor</at> abonner 4000 og fleksjob', 'channel'));
    assert.match(cardText(second[0]), new RegExp(strings('da').subscriptionExisted));
    assert.equal((await store.listSubscriptions(tenantId, CHANNEL)).length, 1);
    const other = cardsOf(await bot.say('<at>Kontaktspor</at> abonner fleksjob 4030', 'channel'));
    assert.match(cardText(other[0]), new RegExp(strings('da').subscriptionCreated));
    assert.equal((await store.listSubscriptions(tenantId, CHANNEL)).length, 2);
    await bot.say('<at>Kontaktspor</at> afmeld', 'channel');
  });

  const botAdded = { type: 'conversationUpdate', membersAdded: [{ id: 'bot-1', name: 'Kontaktspor' }] };

  it('when a user installs the bot for themselves, then a welcome card greets them in their language', async () => {
    const da = cardsOf(await bot.say(botAdded));
    assert.equal(da.length, 1);
    assert.match(cardText(da[0]), /Velkommen til Kontaktspor/);
    assert.match(cardText(da[0]), /»historik Østergaard«/);
    const en = cardsOf(await bot.say(botAdded, 'personal', { locale: 'en-GB' }));
    assert.match(cardText(en[0]), /Welcome to Kontaktspor/);
  });

  it('when the bot is added to a team, or someone else joins a chat, then nobody is welcomed', async () => {
    assert.deepEqual(cardsOf(await bot.say(botAdded, 'channel')), []);
    const colleague = { type: 'conversationUpdate', membersAdded: [{ id: 'user-2', name: 'Jonas' }] };
    assert.deepEqual(cardsOf(await bot.say(colleague)), []);
  });

  for (const locale of ['da', 'en'] as const) {
    it(`when the ${locale} help card's examples are tried, then each finds a company in the demo data`, async () => {
      const { examples } = strings(locale).helpCommands.history;
      for (const example of examples) {
        const cards = cardsOf(await bot.say(example));
        assert.match(cardText(cards[0]), /Østergaard Byg A\/S/, example);
      }
    });
  }

  it("when the help card quotes its examples, then it uses the language's quotation marks like the other cards", () => {
    assert.match(cardText(helpCard('da', { inChannel: false })), /»historik Østergaard«/);
    assert.doesNotMatch(cardText(helpCard('da', { inChannel: false })), /[“”]/);
    assert.match(cardText(helpCard('en', { inChannel: false })), /“history Østergaard”/);
  });
});
