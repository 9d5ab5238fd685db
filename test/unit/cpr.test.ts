import assert from 'node:assert/strict';
import { completeCvr } from '../../src/domain/cvr.js';
import {
  CPR_REPLACEMENT,
  HEALTH_WORDS,
  containsCpr,
  cprBirthYear,
  findHealthWords,
  hasPlausibleCprDate,
  passesCprModulus11,
  redactCpr,
} from '../../src/domain/cpr.js';

// A fixed clock keeps "future birth date" cases reproducible.
const NOW = new Date('2025-06-01T12:00:00Z');
const redact = (text: string) => redactCpr(text, NOW);

/** mulberry32: a small seeded PRNG so the generated corpus is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (random: Random, length: number) => Array.from({ length }, () => int(random, 0, 9)).join('');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface GeneratedCpr {
  ten: string;
  year: number;
}

/** A real CPR (existing, non-future date; any century rule); `mod11` forces the checksum to pass or fail. */
function generateCpr(random: Random, mod11: 'pass' | 'fail' | 'any', minYear = 1858): GeneratedCpr {
  for (;;) {
    const seventh = int(random, 0, 9);
    const yy = int(random, 0, 99);
    const year = cprBirthYear(yy, seventh);
    const month = int(random, 1, 12);
    const day = int(random, 1, daysIn(year, month));
    if (year < minYear || Date.UTC(year, month - 1, day) > NOW.getTime()) continue;
    const head = `${pad(day, 2)}${pad(month, 2)}${pad(yy, 2)}${seventh}${digits(random, 2)}`;
    const lasts = Array.from({ length: 10 }, (_, d) => `${head}${d}`);
    const fitting = lasts.filter((ten) => mod11 === 'any' || passesCprModulus11(ten) === (mod11 === 'pass'));
    if (fitting.length === 0) continue;
    return { ten: pick(random, fitting), year };
  }
}

function format(ten: string, style: 'hyphen' | 'space' | 'none'): string {
  if (style === 'none') return ten;
  return `${ten.slice(0, 6)}${style === 'hyphen' ? '-' : ' '}${ten.slice(6)}`;
}

const POSITIVE_TEMPLATES: readonly string[] = [
  'Borgeren har cpr {cpr} og starter i praktik mandag.',
  'CPR-nr.: {cpr}',
  'cpr.nr. {cpr} - kan I tage hende i virksomhedspraktik?',
  'Personnummer {cpr}, ledig siden marts.',
  'Han er født {cpr} og har kørekort.',
  '{cpr} starter hos jer den 1. september.',
  'Vedr. borger {cpr}: løntilskud aftalt.',
  'Hej Mette. Jeg sender lige {cpr}, som vi talte om.',
  'Kandidaten ({cpr}) har erfaring som lagermedarbejder.',
  'Ansøger: Jens Hansen, {cpr}, Roskilde.',
  'Praktikant {cpr} mødte ikke op i dag.',
  'Se vedhæftede for {cpr}.\nMvh Ole',
  'Kan I bekræfte ansættelsen af "{cpr}"?',
  'Ring på tlf. 23 45 67 89 vedr. borger {cpr} i morgen.',
  'Virksomheden (CVR 13585628) har ansat {cpr} i fleksjob.',
  'Ordren er sendt, og borgeren {cpr} er orienteret.',
  'Borgerens personnummer er {cpr}',
  'Jeg har talt i telefon med {cpr} om jobbet.',
  'Mentorforløb for {cpr} fra uge 34.',
  'Fil: scanning_{cpr}.pdf',
  'IGU-forløb: {cpr}; opstart efter aftale.',
  'Lønsedlen for {cpr} viser 37 timer.',
  'Hun (f. 1990, cpr {cpr}) søger job som kok.',
  '{cpr}',
];

function generatePositives(random: Random, count: number) {
  const cases: Array<{ text: string; expected: string; post2007FailingMod11: boolean }> = [];
  for (let i = 0; i < count; i++) {
    const checksum = pick(random, ['pass', 'fail', 'any'] as const);
    // Every third number is born 2007 or later, where failing modulus 11 is normal.
    const cpr = generateCpr(random, checksum, i % 3 === 0 ? 2007 : 1858);
    const written = format(cpr.ten, pick(random, ['hyphen', 'space', 'none'] as const));
    const template = pick(random, POSITIVE_TEMPLATES);
    cases.push({
      text: template.replace('{cpr}', written),
      expected: template.replace('{cpr}', CPR_REPLACEMENT),
      post2007FailingMod11: cpr.year >= 2007 && !passesCprModulus11(cpr.ten),
    });
  }
  return cases;
}

/** A ten-digit number whose first six digits form a real past date: the hard look-alike. */
const cprLookAlike = (random: Random) => generateCpr(random, 'any').ten;

const phone8 = (random: Random) => `${int(random, 2, 9)}${digits(random, 7)}`;
const spaced = (phone: string) => phone.replace(/(\d{2})(?=\d)/g, '$1 ');

const NEGATIVE_GENERATORS: ReadonlyArray<(random: Random) => string> = [
  // P-numbers with their label nearby.
  (r) => `P-nr. ${cprLookAlike(r)}`,
  (r) => `p-nr ${cprLookAlike(r)}`,
  (r) => `P-nummer: ${cprLookAlike(r)}`,
  (r) => `Praktikken foregår på p-nummer ${cprLookAlike(r)} i Roskilde.`,
  (r) => `P-nummer for arbejdsstedet: ${cprLookAlike(r)}`,
  (r) => `Arbejdsstedets pnr. er ${cprLookAlike(r)}.`,
  (r) => `P-numre: ${cprLookAlike(r)}, ${cprLookAlike(r)} og ${cprLookAlike(r)}`,
  (r) => `Afdelingen i Køge (${cprLookAlike(r)}, P-nr.) har en ledig stilling.`,
  // CVR numbers.
  (r) => `CVR ${completeCvr(`${int(r, 1, 9)}${digits(r, 6)}`) ?? '13585628'}`,
  (r) => `CVR-nr.: DK ${spaced(completeCvr(`${int(r, 1, 9)}${digits(r, 6)}`) ?? '13585628')}`,
  (r) => `Østergaard Byg ApS, DK${completeCvr(`${int(r, 1, 9)}${digits(r, 6)}`) ?? '13585628'}`,
  // Phone numbers, with and without +45.
  (r) => `Ring på +45 ${spaced(phone8(r))}`,
  (r) => `Mobil: +45${phone8(r)}`,
  (r) => `tlf. 0045 ${phone8(r)}`,
  (r) => `(+45) ${phone8(r).slice(0, 4)} ${phone8(r).slice(4)}`,
  (r) => `Tlf. ${phone8(r)} / ${phone8(r)}`,
  (r) => `Kontakt Mette på ${spaced(phone8(r))} efter kl. 12.`,
  // Invoice, order, account, EAN and similar numbers with their words.
  (r) => `Faktura nr. ${cprLookAlike(r)}`,
  (r) => `Fakturanr.: ${cprLookAlike(r)} forfalder om 30 dage.`,
  (r) => `faktura ${cprLookAlike(r)}`,
  (r) => `Ordrenr. ${cprLookAlike(r)}`,
  (r) => `Ordre ${cprLookAlike(r)} er afsendt.`,
  (r) => `Reg.nr. ${digits(r, 4)} kontonr. ${cprLookAlike(r)}`,
  (r) => `Reg. nr. ${digits(r, 4)}, konto ${cprLookAlike(r)}`,
  (r) => `Kontonummer: ${cprLookAlike(r)}`,
  (r) => `EAN ${'579'}${digits(r, 10)}`,
  (r) => `EAN-nr.: ${cprLookAlike(r)}`,
  (r) => `Bilag ${cprLookAlike(r)}`,
  (r) => `bilagsnr. ${cprLookAlike(r)}`,
  (r) => `Kundenr. ${cprLookAlike(r)}`,
  (r) => `kunde-nr: ${cprLookAlike(r)}`,
  (r) => `Tlf: ${cprLookAlike(r)}`,
  // Dates, times and amounts.
  (r) => `Mødet er ${pad(int(r, 1, 28), 2)}-${pad(int(r, 1, 12), 2)}-20${pad(int(r, 10, 30), 2)}.`,
  (r) => `Opstart 20${pad(int(r, 10, 30), 2)}-${pad(int(r, 1, 12), 2)}-${pad(int(r, 1, 28), 2)} kl. 9.`,
  (r) =>
    `den ${pad(int(r, 1, 28), 2)}.${pad(int(r, 1, 12), 2)}.20${pad(int(r, 10, 30), 2)} kl. ${pad(int(r, 7, 16), 2)}.${pad(int(r, 0, 59), 2)}`,
  (r) => `Log 20${pad(int(r, 10, 25), 2)}${pad(int(r, 1, 12), 2)}${pad(int(r, 1, 28), 2)}-${digits(r, 4)}`,
  (r) => `Omsætning ${int(r, 1, 9)}.${digits(r, 3)}.${digits(r, 3)} kr.`,
  (r) => `Lønsum kr. ${int(r, 1, 9)}.${digits(r, 3)}.${digits(r, 3)},${digits(r, 2)}`,
  (r) => `Beløb: ${cprLookAlike(r)} kr.`,
  (r) => `${cprLookAlike(r)},${digits(r, 2)} DKK`,
  // Impossible dates.
  (r) => `${pad(int(r, 32, 99), 2)}${pad(int(r, 1, 12), 2)}${digits(r, 2)}-${digits(r, 4)}`,
  (r) => `${pad(int(r, 1, 31), 2)}${pad(int(r, 13, 99), 2)}${digits(r, 2)} ${digits(r, 4)}`,
  (r) => `00${pad(int(r, 1, 12), 2)}${digits(r, 6)}`,
  (r) => `3${int(r, 0, 1)}02${digits(r, 2)}-${digits(r, 4)}`,
  (r) => `2902${pick(r, ['23', '25', '19', '97'])}${digits(r, 4)}`,
  (r) => `31${pick(r, ['04', '06', '09', '11'])}${digits(r, 2)}-${digits(r, 4)}`,
  // Future birth dates.
  (r) => `${pad(int(r, 1, 28), 2)}${pad(int(r, 1, 12), 2)}${int(r, 26, 36)}-${pick(r, ['4', '9'])}${digits(r, 3)}`,
  (r) => `${pad(int(r, 1, 28), 2)}${pad(int(r, 1, 12), 2)}${int(r, 26, 57)}${int(r, 5, 8)}${digits(r, 3)}`,
  (r) => `${pad(int(r, 1, 28), 2)}${pad(int(r, 7, 12), 2)}25-${int(r, 4, 9)}${digits(r, 3)}`,
  // Longer runs and codes joined with letters.
  (r) => `${cprLookAlike(r)}${digits(r, int(r, 1, 2))}`,
  (r) => `${digits(r, int(r, 1, 2))}${cprLookAlike(r)}`,
  (r) => `Sag ABC${cprLookAlike(r)} er lukket.`,
  (r) => `Vare ${cprLookAlike(r)}X`,
  (r) => `Nr. ${digits(r, 4)} ${format(cprLookAlike(r), 'space')}`,
  // References: a CPR-shaped run joined by a hyphen or dash to more digits, on either side.
  (r) => `Ref: ${cprLookAlike(r)}-${digits(r, 4)}`,
  (r) => `Vores ref. ${format(cprLookAlike(r), 'hyphen')}-${digits(r, int(r, 1, 4))}`,
  (r) => `Vedr. ${cprLookAlike(r)}-${digits(r, 3)} (ordrebekræftelse)`,
  (r) => `Fakturaen ${digits(r, 4)}-${cprLookAlike(r)} er betalt.`,
  (r) => `Sag 20${pad(int(r, 10, 30), 2)}-${cprLookAlike(r)}-${digits(r, 2)} er oprettet.`,
  (r) => `sagsnr. ${digits(r, 2)}.${digits(r, 2)}.${digits(r, 2)}-${cprLookAlike(r)}`,
  (r) => `Indbetal til ${digits(r, 4)}-${cprLookAlike(r)} senest fredag.`,
  (r) => `IBAN DK${digits(r, 2)} ${digits(r, 4)}-${cprLookAlike(r)}`,
  (r) => `Omstilling ${cprLookAlike(r)}-${digits(r, 3)}`,
  (r) => `Ring +45-${cprLookAlike(r)}`,
  (r) => `Ref.: ${cprLookAlike(r)}\u2013${digits(r, 4)}`,
];

function generateNegatives(random: Random, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    (NEGATIVE_GENERATORS[i % NEGATIVE_GENERATORS.length] ?? (() => ''))(random),
  );
}

describe('CPR redaction', () => {
  describe('the rule', () => {
    it('when a CPR is written with a hyphen, then it is replaced', () => {
      assert.equal(redact('Borger 101269-7712 ringede.'), `Borger ${CPR_REPLACEMENT} ringede.`);
    });

    it('when a CPR is written with a space or without separator, then it is replaced', () => {
      assert.equal(redact('101269 7712'), CPR_REPLACEMENT);
      assert.equal(redact('Hun har 1012697712.'), `Hun har ${CPR_REPLACEMENT}.`);
    });

    it('when a CPR born after 2007 fails modulus 11, then it is still replaced', () => {
      const cpr = '0101104000';
      assert.equal(passesCprModulus11(cpr), false);
      assert.equal(redact(`cpr ${cpr}`), `cpr ${CPR_REPLACEMENT}`);
      assert.equal(redact(cpr), CPR_REPLACEMENT);
    });

    it('when a P-number sits next to "p-nr" or "P-nummer", then it is kept', () => {
      assert.equal(redact('p-nr 1012697712'), 'p-nr 1012697712');
      assert.equal(redact('P-nummer: 1012697712'), 'P-nummer: 1012697712');
      assert.equal(redact('P-nummer for arbejdsstedet: 1012697712'), 'P-nummer for arbejdsstedet: 1012697712');
      assert.equal(redact('1012697712 (P-nr.)'), '1012697712 (P-nr.)');
    });

    it('when several P-numbers follow one label, then all of them are kept', () => {
      const text = 'P-numre: 1012697712, 1012697713 og 1012697714';
      assert.equal(redact(text), text);
    });

    it('when "cpr" is the nearest word, then it wins over an earlier lowering word', () => {
      assert.equal(redact('p-nr og cpr: 1012697712'), `p-nr og cpr: ${CPR_REPLACEMENT}`);
    });

    it('when a lowering word labels another number, then a CPR after it is still replaced', () => {
      assert.equal(redact('tlf. 23456789 og 1012697712'), `tlf. 23456789 og ${CPR_REPLACEMENT}`);
      assert.equal(redact('CVR 13585628, borger 1012697712'), `CVR 13585628, borger ${CPR_REPLACEMENT}`);
    });

    it('when a lowering word is only part of the sentence, then a bare CPR is still replaced', () => {
      assert.equal(redact('Jeg talte i telefon med 1012697712'), `Jeg talte i telefon med ${CPR_REPLACEMENT}`);
    });

    it('when a hyphenated number passing modulus 11 follows "faktura", then it is replaced anyway', () => {
      assert.equal(redact('faktura 101269-7712'), `faktura ${CPR_REPLACEMENT}`);
    });

    it('when the digits sit inside a longer run or are joined to letters, then they are kept', () => {
      for (const text of ['101269771234', '91012697712', 'ABC1012697712', '1012697712abc', '1012697712,50 kr']) {
        assert.equal(redact(text), text);
      }
    });

    it('when a CPR-shaped run is joined by a hyphen to more digits, then it is a reference and is kept', () => {
      for (const text of [
        'Ref: 3008230209-0001',
        'Sag 2024-1012697712',
        'Ordre 1012697712-12-3',
        'Ref 101269-7712-0001',
        'Nr. 12\u20131012697712',
      ]) {
        assert.equal(redact(text), text);
      }
    });

    it('when a hyphen after a CPR is followed by words or spaces, then the CPR is still replaced', () => {
      assert.equal(redact('cpr 101269-7712 - ring i dag'), `cpr ${CPR_REPLACEMENT} - ring i dag`);
      assert.equal(redact('1012697712-borgeren'), `${CPR_REPLACEMENT}-borgeren`);
      assert.equal(redact('Ref: 3008230209 - 0001'), `Ref: ${CPR_REPLACEMENT} - 0001`);
    });

    it('when the date is impossible, then it is not a CPR', () => {
      for (const text of ['310299-1234', '320199-1234', '001099-1234', '101399-1234', '290223-1234']) {
        assert.equal(containsCpr(text, NOW), false, text);
      }
    });

    it('when the birth date is in the future, then it is not a CPR; once the day has come, it is', () => {
      assert.equal(containsCpr('010130-4123', NOW), false);
      assert.equal(containsCpr('010130-4123', new Date('2030-01-01T00:00:00Z')), true);
    });

    it('when a phone number is written with +45, then it is kept', () => {
      for (const text of ['+45 12 34 56 78', '+4512345678', '0045 12345678', '+45 1234 5678']) {
        assert.equal(redact(text), text);
      }
    });

    it('when a text holds several CPRs, then all are replaced and the rest is untouched', () => {
      assert.equal(
        redact('A: 101269-7712, B: 0101104000 (tlf 23456789)'),
        `A: ${CPR_REPLACEMENT}, B: ${CPR_REPLACEMENT} (tlf 23456789)`,
      );
    });

    it('when a text has no CPR, then containsCpr is false and redaction returns it unchanged', () => {
      const text = 'Mødet er flyttet til 12-10-2023 kl. 10.';
      assert.equal(containsCpr(text, NOW), false);
      assert.equal(redact(text), text);
    });
  });

  describe('century and checksum rules', () => {
    it('when the 7th digit is 0-3, then the year is 19YY', () => {
      assert.equal(cprBirthYear(69, 0), 1969);
      assert.equal(cprBirthYear(5, 3), 1905);
    });

    it('when the 7th digit is 4 or 9, then YY up to 36 is 20YY and above is 19YY', () => {
      assert.equal(cprBirthYear(36, 4), 2036);
      assert.equal(cprBirthYear(37, 9), 1937);
    });

    it('when the 7th digit is 5-8, then YY up to 57 is 20YY and above is 18YY', () => {
      assert.equal(cprBirthYear(57, 5), 2057);
      assert.equal(cprBirthYear(58, 8), 1858);
    });

    it('when the date part is checked, then leap years follow the century', () => {
      assert.equal(hasPlausibleCprDate('2902004000', NOW), true); // 2000 is a leap year
      assert.equal(hasPlausibleCprDate('2902000000', NOW), false); // 1900 is not
      assert.equal(hasPlausibleCprDate('2902965000', NOW), true); // 1896 is
    });

    it('when modulus 11 is computed, then the classic example passes and a changed digit fails', () => {
      assert.equal(passesCprModulus11('1012697712'), true);
      assert.equal(passesCprModulus11('1012697713'), false);
    });
  });

  describe('generated corpus', () => {
    const POSITIVES = 12_000;
    const NEGATIVES = 12_000;

    it(`when ${POSITIVES} generated CPRs are written in varied sentences, then at least 99.5% are replaced exactly`, () => {
      const cases = generatePositives(seededRandom(20_251_001), POSITIVES);
      const misses = cases.filter((c) => redact(c.text) !== c.expected);
      // The corpus must really contain the hard cases it claims to cover.
      assert.ok(cases.filter((c) => c.post2007FailingMod11).length > 1_000);
      const recall = 1 - misses.length / cases.length;
      assert.ok(
        recall >= 0.995,
        `recall ${recall}; e.g. ${misses
          .slice(0, 5)
          .map((c) => JSON.stringify(c.text))
          .join(', ')}`,
      );
    });

    it(`when ${NEGATIVES} generated look-alikes (P-numbers, CVR, phones, invoices, hyphenated references, dates, amounts, impossible and future dates, long runs) are checked, then none is replaced`, () => {
      const texts = generateNegatives(seededRandom(19_690_112), NEGATIVES);
      const falsePositives = texts.filter((text) => redact(text) !== text || containsCpr(text, NOW));
      assert.equal(
        falsePositives.length,
        0,
        `false positives, e.g. ${falsePositives
          .slice(0, 5)
          .map((t) => JSON.stringify(t))
          .join(', ')}`,
      );
    });
  });
});

describe('health words', () => {
  it('when a summary mentions sick leave or a diagnosis, then the words are found', () => {
    assert.deepEqual(findHealthWords('Borgeren er sygemeldt med stress og venter på en diagnose.'), [
      'sygemeldt',
      'stress',
      'diagnose',
    ]);
  });

  it('when the words are capitalised or inflected, then they are found as their listed form', () => {
    assert.deepEqual(findHealthWords('KRÆFT. Lægeerklæringen kom, og diagnosen er depression.'), [
      'kræft',
      'lægeerklæring',
      'diagnose',
      'depression',
    ]);
  });

  it('when a health word is only part of a longer word, then it is not found', () => {
    assert.deepEqual(
      findHealthWords('Sygeplejersker og sygehjælpere søges; angstfri kunder? Stresstest af systemet.'),
      [],
    );
  });

  it('when a word appears twice, then it is listed once', () => {
    assert.deepEqual(findHealthWords('syg, syg, syg'), ['syg']);
  });

  it('when the text is about company matters only, then no words are found', () => {
    assert.deepEqual(findHealthWords('Østergaard Byg søger to tømrere med opstart i august.'), []);
  });

  it('when the list is read, then it holds the words named in DOMAIN.md', () => {
    for (const word of ['sygemeldt', 'diagnose', 'depression', 'kræft', 'handicap', 'lægeerklæring']) {
      assert.ok(HEALTH_WORDS.includes(word), word);
    }
  });
});
