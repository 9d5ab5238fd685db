import assert from 'node:assert/strict';
import { parseCommand, parseSubscriptionFilters, type ParsedCommand } from '../../bot/commands/parse-command.js';
import { cleanMessageText } from '../../bot/commands/clean-text.js';
import { resolveTopicKey } from '../../bot/commands/topic-words.js';

const cmd = (kind: ParsedCommand['kind'], argument: string, locale: ParsedCommand['locale']): ParsedCommand => ({
  kind,
  argument,
  locale,
});

describe('bot: parseCommand', () => {
  describe('when a colleague asks in Danish', () => {
    const cases: Array<[string, ParsedCommand]> = [
      ['historik Novo', cmd('history', 'Novo', 'da')],
      ['hvad er vores historik med Novo?', cmd('history', 'Novo', 'da')],
      ['Hvad har vi af historik med Østergaard Byg', cmd('history', 'Østergaard Byg', 'da')],
      ['historik med virksomheden 13585628', cmd('history', '13585628', 'da')],
      ['virksomhed øster', cmd('company', 'øster', 'da')],
      ['find virksomheden Rosenhøj', cmd('company', 'Rosenhøj', 'da')],
      ['søg efter Rosenhøj', cmd('company', 'efter Rosenhøj', 'da')],
      ['stillinger', cmd('vacancies', '', 'da')],
      ['ledige stillinger i virksomhedsservice', cmd('vacancies', 'virksomhedsservice', 'da')],
      ['abonner rekruttering, 4000, 412000', cmd('subscribe', 'rekruttering, 4000, 412000', 'da')],
      ['afmeld', cmd('unsubscribe', '', 'da')],
      ['hjælp', cmd('help', '', 'da')],
      ['hjaelp', cmd('help', '', 'da')],
    ];
    for (const [text, expected] of cases) {
      it(`when they write "${text}", then it is ${expected.kind} "${expected.argument}" in Danish`, () => {
        assert.deepEqual(parseCommand(text), expected);
      });
    }
  });

  describe('when a colleague asks in English', () => {
    const cases: Array<[string, ParsedCommand]> = [
      ['history Novo', cmd('history', 'Novo', 'en')],
      ['history with 13585628', cmd('history', '13585628', 'en')],
      ['what is our history with ostergaard-byg.dk', cmd('history', 'ostergaard-byg.dk', 'en')],
      ['What is our history with Novo, please?', cmd('history', 'Novo', 'en')],
      ['company rosen', cmd('company', 'rosen', 'en')],
      ['look up the company Rosenhøj', cmd('company', 'Rosenhøj', 'en')],
      ['search for Novo', cmd('company', 'Novo', 'en')],
      ['vacancies', cmd('vacancies', '', 'en')],
      ['open vacancies for rekruttering', cmd('vacancies', 'rekruttering', 'en')],
      ['subscribe to fleksjob 4030', cmd('subscribe', 'fleksjob 4030', 'en')],
      ['unsubscribe', cmd('unsubscribe', '', 'en')],
      ['help', cmd('help', '', 'en')],
    ];
    for (const [text, expected] of cases) {
      it(`when they write "${text}", then it is ${expected.kind} "${expected.argument}" in English`, () => {
        assert.deepEqual(parseCommand(text), expected);
      });
    }
  });

  it('when the command word is shouted, then case does not matter and the argument keeps its case', () => {
    assert.deepEqual(parseCommand('HISTORIK NOVO'), cmd('history', 'NOVO', 'da'));
    assert.deepEqual(parseCommand('History With Novo Nordisk'), cmd('history', 'Novo Nordisk', 'en'));
  });

  it('when the name is quoted, then the quotes and the question mark are not part of it', () => {
    assert.deepEqual(parseCommand('historik "Novo Nordisk"?'), cmd('history', 'Novo Nordisk', 'da'));
    assert.deepEqual(parseCommand('history with «Østergaard Byg»!'), cmd('history', 'Østergaard Byg', 'en'));
  });

  it('when a name contains a command word, then the first command word decides', () => {
    assert.deepEqual(parseCommand('historik Ledige Hænder ApS'), cmd('history', 'Ledige Hænder ApS', 'da'));
    assert.deepEqual(parseCommand('virksomhed Historisk Museum'), cmd('company', 'Historisk Museum', 'da'));
  });

  it('when a search verb comes before a command word, then the command word wins', () => {
    assert.deepEqual(parseCommand('find historik for Novo'), cmd('history', 'Novo', 'da'));
  });

  it('when "?" is all they write, then they get help in Danish', () => {
    assert.deepEqual(parseCommand('?'), cmd('help', '', 'da'));
    assert.deepEqual(parseCommand(' ?? '), cmd('help', '', 'da'));
  });

  describe('when the text is not a command', () => {
    it('when the message is empty or only whitespace, then it is help in Danish', () => {
      assert.deepEqual(parseCommand(''), cmd('help', '', 'da'));
      assert.deepEqual(parseCommand(' \n\t\u00a0'), cmd('help', '', 'da'));
    });

    it('when it is a bare company name, then it is help rather than a guess', () => {
      assert.deepEqual(parseCommand('Novo'), cmd('help', '', 'da'));
    });

    it('when it is English small talk, then help comes in English', () => {
      assert.deepEqual(parseCommand('hello, what can you do?'), cmd('help', '', 'en'));
    });

    it('when it is Danish small talk, then help comes in Danish', () => {
      assert.deepEqual(parseCommand('hej, hvad kan du?'), cmd('help', '', 'da'));
    });

    it('when the only command word comes late in a long sentence, then it is not taken as a command', () => {
      assert.equal(
        parseCommand('jeg sad i går og tænkte på om vi mon nogensinde skal have historik på Novo').kind,
        'help',
      );
    });
  });

  describe('when Teams delivers the message with markup', () => {
    it('when the @mention is still in the text, then it is removed', () => {
      assert.deepEqual(parseCommand('<at>Kontaktspor</at> historik Novo'), cmd('history', 'Novo', 'da'));
      assert.deepEqual(
        parseCommand('<at id="0">Kontaktspor Bot</at>&nbsp;history with Novo'),
        cmd('history', 'Novo', 'en'),
      );
    });

    it('when the text is HTML, then tags and entities are gone from the argument', () => {
      assert.deepEqual(parseCommand('<p>historik <b>Novo</b>&nbsp;Nordisk</p>'), cmd('history', 'Novo Nordisk', 'da'));
      assert.deepEqual(parseCommand('historik <script>alert(1)</script>Novo'), cmd('history', 'Novo', 'da'));
      assert.deepEqual(parseCommand('historik &lt;img src=x onerror=alert(1)&gt;Novo'), cmd('history', 'Novo', 'da'));
    });

    it('when the text is markdown, then emphasis and links are reduced to their words', () => {
      assert.deepEqual(parseCommand('**historik** [Novo](javascript:alert(1))'), cmd('history', 'Novo', 'da'));
      assert.deepEqual(parseCommand('> `company` _rosen_'), cmd('company', 'rosen', 'en'));
    });

    it('when zero-width or direction characters hide in the text, then they are removed', () => {
      assert.deepEqual(parseCommand('hist\u200bor\u200dik\u2060 No\u202evo\ufeff'), cmd('history', 'Novo', 'da'));
    });
  });

  describe('when the input is large', () => {
    it('when a message is longer than 5,000 characters, then only its first 500 are read', () => {
      const text = `historik Novo ${'x'.repeat(600)} ${'y '.repeat(3000)}`;
      const parsed = parseCommand(text);
      assert.equal(parsed.kind, 'history');
      assert.ok(parsed.argument.startsWith('Novo x'));
      assert.ok(parsed.argument.length <= 200);
      assert.ok(!parsed.argument.includes('y'));
    });

    it('when a 5,000-character message has no command early on, then it is help', () => {
      assert.deepEqual(parseCommand('a'.repeat(5000)), cmd('help', '', 'da'));
      assert.deepEqual(parseCommand(`${'bla '.repeat(1500)} historik Novo`), cmd('help', '', 'da'));
    });

    it('when the argument is very long, then it is cut to 200 characters', () => {
      assert.equal(parseCommand(`historik ${'Ø'.repeat(1000)}`).argument, 'Ø'.repeat(200));
    });
  });
});

describe('bot: cleanMessageText', () => {
  it('when a message is longer than 5,000 characters, then the cleaned text comes from its first 500', () => {
    assert.equal(cleanMessageText('a'.repeat(5001)), 'a'.repeat(500));
    assert.equal(cleanMessageText('a'.repeat(5000)).length, 5000);
  });
});

describe('bot: parseSubscriptionFilters', () => {
  it('when topics, a postcode and an industry code are listed, then each lands in its list', () => {
    assert.deepEqual(parseSubscriptionFilters('rekruttering, 4000, 412000'), {
      topics: ['rekruttering'],
      industryPrefixes: ['412000'],
      postcodes: ['4000'],
      keywords: [],
      unknownWords: [],
    });
  });

  it('when topics are written as Danish or English labels, then they become topic keys', () => {
    const filters = parseSubscriptionFilters(
      'Løntilskud og wage subsidy, flex job, Virksomhedsbesøg, skaanejob, Integration training (IGU)',
    );
    assert.deepEqual(filters.topics, ['loentilskud', 'fleksjob', 'virksomhedsbesoeg', 'skaanejob', 'igu']);
    assert.deepEqual(filters.keywords, []);
  });

  it('when numbers have 2, 3, 5 or 6 digits, then they are industry prefixes; 4 digits a postcode', () => {
    const filters = parseSubscriptionFilters('41 412 41200 412000 4030 DK-4000 41.20');
    assert.deepEqual(filters.industryPrefixes, ['41', '412', '41200', '412000', '4120']);
    assert.deepEqual(filters.postcodes, ['4030', '4000']);
  });

  it('when words are neither topics nor numbers, then they are keywords, and fillers are dropped', () => {
    const filters = parseSubscriptionFilters('fleksjob til lager og chauffør i postnummer 4000');
    assert.deepEqual(filters.topics, ['fleksjob']);
    assert.deepEqual(filters.keywords, ['lager', 'chauffør']);
    assert.deepEqual(filters.postcodes, ['4000']);
  });

  it('when a token fits nothing, then it is reported as unknown rather than guessed', () => {
    assert.deepEqual(parseSubscriptionFilters('1 1234567 4000x').unknownWords, ['1', '1234567', '4000x']);
  });

  it('when the argument is empty, then every list is empty (the channel gets all vacancies)', () => {
    assert.deepEqual(parseSubscriptionFilters(''), {
      topics: [],
      industryPrefixes: [],
      postcodes: [],
      keywords: [],
      unknownWords: [],
    });
  });

  it('when values repeat, then each is kept once', () => {
    assert.deepEqual(parseSubscriptionFilters('4000 4000 mentor Mentor').postcodes, ['4000']);
    assert.deepEqual(parseSubscriptionFilters('4000 4000 mentor Mentor').topics, ['mentor']);
  });

  it('when a channel names a topic as a whole text, then resolveTopicKey finds its key', () => {
    assert.equal(resolveTopicKey('Løntilskud'), 'loentilskud');
    assert.equal(resolveTopicKey('work placement'), 'virksomhedspraktik');
    assert.equal(resolveTopicKey('Virksomhedsservice'), null);
  });
});
