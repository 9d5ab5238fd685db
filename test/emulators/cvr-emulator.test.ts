import assert from 'node:assert/strict';
import { startCvrEmulator, type CvrEmulator } from '../../src/demo/emulators/cvr/cvr-emulator.js';
import {
  CVR_PASSWORD,
  CVR_USER,
  basic,
  everKommuner,
  legalUnits,
  productionUnits,
  smallRoskilde,
  unitsOf,
} from './support/cvr-fixtures.js';

interface EsAnswer {
  status: number;
  headers: Headers;
  body: {
    _scroll_id?: string;
    hits?: { total: number; hits: { _index: string; _id: string; _source: Record<string, unknown> }[] };
    error?: { type: string; reason: string; root_cause: unknown[] };
    status?: number;
    num_freed?: number;
  };
}

const P_KOMMUNE_EVER = 'VrproduktionsEnhed.beliggenhedsadresse.kommune.kommuneKode';

describe('CVR distribution emulator', () => {
  let cvr: CvrEmulator;
  const municipality = smallRoskilde();

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    authorization = basic(CVR_USER, CVR_PASSWORD),
  ): Promise<EsAnswer> => {
    const response = await fetch(`${cvr.url}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as EsAnswer['body'] };
  };
  const searchUnits = (body: unknown, scroll = '') =>
    call('POST', `/cvr-permanent/produktionsenhed/_search${scroll}`, body);
  const searchLegal = (body: unknown) => call('POST', '/cvr-permanent/virksomhed/_search', body);

  beforeEach(async () => {
    cvr = await startCvrEmulator({ documents: municipality.documents, users: { [CVR_USER]: CVR_PASSWORD } });
  });

  afterEach(async () => {
    await cvr.close();
  });

  describe('authentication', () => {
    it('when a request carries no credentials, then it gets 401 with the Elasticsearch security error', async () => {
      const answer = await call('POST', '/cvr-permanent/virksomhed/_search', { query: { term: { x: 1 } } }, '');
      assert.equal(answer.status, 401);
      assert.equal(answer.body.error?.type, 'security_exception');
      assert.match(answer.headers.get('www-authenticate') ?? '', /^Basic realm="security"/);
    });

    it('when the password is wrong, then it gets 401 naming the user, never the password', async () => {
      const answer = await call('POST', '/cvr-permanent/virksomhed/_search', {}, basic(CVR_USER, 'guess'));
      assert.equal(answer.status, 401);
      assert.match(answer.body.error?.reason ?? '', /unable to authenticate user \[kontaktspor-roskilde\]/);
      assert.doesNotMatch(JSON.stringify(answer.body), /guess/);
    });
  });

  describe('queries', () => {
    it('when a term goes through a historised array, then any period matches, as in Elasticsearch', async () => {
      const everHere = productionUnits(municipality.documents).filter((p) => everKommuner(p).includes(265));
      const movedOut = everHere.filter(
        (p) => p.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode !== 265,
      );
      assert.ok(movedOut.length > 0, 'the generated register has P-units that moved out of Roskilde');

      const answer = await searchUnits({ query: { term: { [P_KOMMUNE_EVER]: 265 } }, size: 10_000 });

      assert.equal(answer.status, 200);
      assert.equal(answer.body.hits?.total, everHere.length);
      const found = new Set(
        answer.body.hits?.hits.map((h) => (h._source.VrproduktionsEnhed as { pNummer: number }).pNummer),
      );
      for (const p of movedOut) assert.ok(found.has(p.pNummer as number), `moved-out P-unit ${p.pNummer} is found`);
    });

    it('when terms, a sidstOpdateret range and a name match are combined in bool filter/must, then only documents meeting all are hit', async () => {
      const [first, second] = legalUnits(municipality.documents);
      const word = String(first?.navne?.at(-1)?.navn).split(' ')[0] as string;
      const answer = await searchLegal({
        query: {
          bool: {
            filter: [
              { terms: { 'Vrvirksomhed.cvrNummer': [first?.cvrNummer, second?.cvrNummer] } },
              { range: { 'Vrvirksomhed.sidstOpdateret': { gte: first?.sidstOpdateret } } },
            ],
            must: [{ match: { 'Vrvirksomhed.navne.navn': word.toLowerCase() } }],
          },
        },
      });
      assert.equal(answer.status, 200);
      assert.deepEqual(
        answer.body.hits?.hits.map((h) => (h._source.Vrvirksomhed as { cvrNummer: number }).cvrNummer),
        [first?.cvrNummer],
      );
    });

    it('when a name is typed as a phrase prefix, then companies whose name starts a word with it are found', async () => {
      const target = legalUnits(municipality.documents)[5];
      const name = String(target?.navne?.at(-1)?.navn);
      const words = name.split(' ');
      const prefix = `${words[0]} ${(words[1] ?? '').slice(0, 3)}`;
      const answer = await searchLegal({
        query: { match_phrase_prefix: { 'Vrvirksomhed.navne.navn': prefix } },
        size: 50,
      });
      const names = answer.body.hits?.hits.map((h) => (h._source.Vrvirksomhed as { cvrNummer: number }).cvrNummer);
      assert.ok(names?.includes(target?.cvrNummer as number));
    });

    for (const [what, body] of [
      ['an unknown query type', { query: { wildcard: { 'Vrvirksomhed.navne.navn': 'ha*' } } }],
      ['bool should (not emulated)', { query: { bool: { should: [{ term: { 'Vrvirksomhed.cvrNummer': 1 } }] } } }],
      ['a range on another field', { query: { range: { 'Vrvirksomhed.enhedsNummer': { gte: 1 } } } }],
      ['a match on a non-name field', { query: { match: { 'Vrvirksomhed.beliggenhedsadresse.vejnavn': 'Algade' } } }],
      ['an unknown body key', { query: { term: { 'Vrvirksomhed.cvrNummer': 1 } }, aggs: {} }],
      [
        'a sort on a name',
        { query: { term: { 'Vrvirksomhed.cvrNummer': 1 } }, sort: [{ 'Vrvirksomhed.navne.navn': 'asc' }] },
      ],
    ] as const) {
      it(`when the adapter would send ${what}, then the emulator answers 400 instead of ignoring it`, async () => {
        const answer = await searchLegal(body);
        assert.equal(answer.status, 400);
        assert.equal(answer.body.status, 400);
        assert.ok(answer.body.error?.type.endsWith('_exception'));
        assert.equal(answer.body.error?.root_cause.length, 1);
      });
    }
  });

  describe('scroll', () => {
    it('when a sorted search is scrolled to the end, then every hit comes once in P-number order and the context can be cleared', async () => {
      const all = productionUnits(municipality.documents).length;
      let answer = await searchUnits(
        {
          query: { terms: { 'VrproduktionsEnhed.produktionsEnhedMetadata.sammensatStatus': ['Aktiv', 'Ophørt'] } },
          sort: [{ 'VrproduktionsEnhed.pNummer': 'asc' }],
          size: 40,
        },
        '?scroll=1m',
      );
      const seen: number[] = [];
      const scrollId = answer.body._scroll_id as string;
      while ((answer.body.hits?.hits.length ?? 0) > 0) {
        seen.push(
          ...(answer.body.hits?.hits ?? []).map((h) => (h._source.VrproduktionsEnhed as { pNummer: number }).pNummer),
        );
        assert.equal(cvr.openScrolls(), 1);
        answer = await call('POST', '/_search/scroll', { scroll: '1m', scroll_id: scrollId });
      }
      assert.equal(seen.length, all);
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => a - b),
      );

      const again = await call('POST', '/_search/scroll', { scroll: '1m', scroll_id: scrollId });
      assert.equal(again.status, 404);
      assert.equal(again.body.error?.type, 'search_context_missing_exception');
    });

    it('when a client clears its scroll early, then the context is freed', async () => {
      const first = await searchUnits({ query: { term: { [P_KOMMUNE_EVER]: 265 } }, size: 5 }, '?scroll=1m');
      assert.equal(cvr.openScrolls(), 1);
      const cleared = await call('DELETE', '/_search/scroll', { scroll_id: [first.body._scroll_id] });
      assert.equal(cleared.body.num_freed, 1);
      assert.equal(cvr.openScrolls(), 0);
    });
  });

  describe('changes and faults', () => {
    const at = new Date('2026-12-02T09:30:00.000Z');

    it('when a company is renamed, then the old name is closed the day before, the new one is current and sidstOpdateret moves', async () => {
      const target = legalUnits(municipality.documents)[3];
      const cvrNumber = String(target?.cvrNummer);
      cvr.rename(cvrNumber, 'Fjordens Nye Navn ApS', at);

      const answer = await searchLegal({ query: { term: { 'Vrvirksomhed.cvrNummer': cvrNumber } } });
      const v = answer.body.hits?.hits[0]?._source.Vrvirksomhed as NonNullable<typeof target>;
      assert.equal(v.navne?.length, (target?.navne?.length ?? 0) + 1);
      assert.equal(v.navne?.at(-2)?.periode?.gyldigTil, '2026-12-01');
      assert.deepEqual(v.navne?.at(-1)?.periode, { gyldigFra: '2026-12-02', gyldigTil: null });
      assert.equal(v.virksomhedMetadata?.nyesteNavn?.navn, 'Fjordens Nye Navn ApS');
      assert.equal(v.sidstOpdateret, at.toISOString());
    });

    it('when a P-unit moves and another closes, then the address is historised and the status is Ophørt', async () => {
      const local = legalUnits(municipality.documents).find(
        (v) => unitsOf(municipality.documents, String(v.cvrNummer)).length > 1,
      );
      const [moving, closing] = unitsOf(municipality.documents, String(local?.cvrNummer));
      cvr.moveProductionUnit(
        String(moving?.pNummer),
        {
          vejnavn: 'Tangmosevej',
          husnummerFra: 4,
          postnummer: 4600,
          postdistrikt: 'Køge',
          kommune: { kommuneKode: 259, kommuneNavn: 'KØGE' },
        },
        at,
      );
      cvr.closeProductionUnit(String(closing?.pNummer), at);

      const moved = cvr.state.productionUnit(String(moving?.pNummer));
      assert.equal(moved?.beliggenhedsadresse?.at(-2)?.periode?.gyldigTil, '2026-12-01');
      assert.equal(moved?.produktionsEnhedMetadata?.nyesteBeliggenhedsadresse?.kommune?.kommuneKode, 259);
      assert.equal(moved?.sidstOpdateret, at.toISOString());
      assert.equal(
        cvr.state.productionUnit(String(closing?.pNummer))?.produktionsEnhedMetadata?.sammensatStatus,
        'Ophørt',
      );
    });

    it('when faults are armed, then exactly that many requests fail with the status and the next succeeds', async () => {
      cvr.faults.failNext(2, 503);
      const query = { query: { term: { 'Vrvirksomhed.cvrNummer': 1 } } };
      assert.equal((await searchLegal(query)).status, 503);
      assert.equal((await searchLegal(query)).status, 503);
      assert.equal((await searchLegal(query)).status, 200);
    });
  });
});
