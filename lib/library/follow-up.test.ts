import { beforeEach, describe, expect, it } from 'vitest';
import { arxivBibtex, BibtexMock, drain, startBackground, type TestBackground } from '../../tests/support/background';
import { ArxivMock } from '../../tests/support/arxiv-mock';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { isBibtexFor } from './bibtex-fetch';
import { followUpDelayMs } from './follow-up';

let clock: VirtualClock;
let bg: TestBackground;
let name: string;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  name = `follow-up-${++n}`;
  bg = startBackground({ name, clock });
});

const stored = async (id: string, b = bg) => (await b.db.get()).get('saved', id);
const owed = async (b = bg) => (await (await b.db.get()).getAllKeys('pending')).filter((k) => k[0] === 'bibtex').map((k) => k[1]);

describe("arXiv's own BibTeX for a saved paper", () => {
  it('is fetched after the save through the arXiv lane (≥ 3 s after the API request) and stored verbatim', async () => {
    const entry = arxivBibtex('2201.13452', 'Asymptotic Analysis for a {N}onlinear Reaction-Diffusion System') + '\n';
    bg.bibtex.entries.set('2201.13452', entry);
    await bg.send({ type: 'library/save', id: 'arXiv:2201.13452' });
    await drain(clock, bg);

    expect(bg.arxivTraffic.map((r) => new URL(r.url).host + new URL(r.url).pathname)).toEqual([
      'export.arxiv.org/api/query',
      'arxiv.org/bibtex/2201.13452',
    ]);
    const [api, bib] = bg.arxivTraffic;
    expect(bib!.at - api!.at).toBeGreaterThanOrEqual(3_000);
    expect((await stored('2201.13452'))?.bibtex).toBe(entry);
    expect(await owed()).toEqual([]);
    expect(bg.alarm()).toBeUndefined();

    // Exports use it byte for byte (up to its closing brace).
    const file = await bg.send<{ text: string }>({ type: 'library/export', format: 'bibtex' });
    expect(file.text).toBe(entry.trimEnd());
    // Saving again does not fetch it again.
    await bg.send({ type: 'library/save', id: '2201.13452', tags: ['x'] });
    await drain(clock, bg);
    expect(bg.bibtex.requests).toHaveLength(1);
  });

  it('is retried later when the request fails or the answer is not an entry for that eprint', async () => {
    bg.bibtex.queue(
      { status: 404, body: 'not found' },
      { status: 200, body: '<!DOCTYPE html><html><body>arXiv is down for maintenance</body></html>' },
      { status: 200, body: arxivBibtex('2201.13453') },
    );
    await bg.send({ type: 'library/save', id: '2201.13452' });
    await drain(clock, bg);
    expect(bg.bibtex.requests).toHaveLength(1);
    expect((await stored('2201.13452'))?.bibtex).toBeUndefined();
    expect(await owed()).toEqual(['2201.13452']);
    // The wake-up alarm is set for the retry (at least the browsers' 30 s minimum away).
    const retryAt = bg.alarm()!;
    expect(retryAt - clock.now()).toBeGreaterThanOrEqual(30_000);
    expect(retryAt - clock.now()).toBeLessThanOrEqual(followUpDelayMs(1));

    await clock.advance(retryAt - clock.now());
    await drain(clock, bg); // the HTML page: refused
    expect(bg.bibtex.requests).toHaveLength(2);
    expect((await stored('2201.13452'))?.bibtex).toBeUndefined();
    await clock.advance(bg.alarm()! - clock.now());
    await drain(clock, bg); // another paper's entry: refused
    expect((await stored('2201.13452'))?.bibtex).toBeUndefined();
    await clock.advance(bg.alarm()! - clock.now());
    await drain(clock, bg);
    expect(bg.bibtex.requests).toHaveLength(4);
    expect((await stored('2201.13452'))?.bibtex).toBe(arxivBibtex('2201.13452'));
    expect(await owed()).toEqual([]);
    expect(bg.alarm()).toBeUndefined();
  });

  it('survives a stopped worker: the owed set is in the database, and the next worker fetches it once', async () => {
    const arxiv = new ArxivMock(clock);
    const bibtex = new BibtexMock(clock).queue('hang');
    // The first worker's clock stops when it dies, like its timers.
    const dyingClock = new VirtualClock(clock.now());
    const dying = startBackground({ name, clock: dyingClock, arxiv, bibtex });
    await dying.send({ type: 'library/save', id: '2206.06921' });
    await dyingClock.advance(4_000);
    expect(bibtex.requests).toHaveLength(1); // in flight when the worker is stopped
    expect(dying.alarm()).toBeDefined(); // the backstop that would restart it

    await clock.advance(60_000);
    const next = startBackground({ name, clock, arxiv, bibtex });
    await drain(clock, next); // what the wake-up alarm (or any message) triggers
    expect(bibtex.requests).toHaveLength(2);
    expect((await stored('2206.06921', next))?.bibtex).toBe(arxivBibtex('2206.06921'));
    expect(await owed(next)).toEqual([]);
    expect(arxiv.requests).toHaveLength(1); // the metadata was stored before the stop
    await drain(clock, next);
    expect(bibtex.requests).toHaveLength(2);
  });

  it('a paper removed meanwhile stays removed, and owes nothing', async () => {
    await bg.send({ type: 'library/save', id: '2201.13452' });
    await bg.send({ type: 'library/remove', ids: ['2201.13452'] });
    await drain(clock, bg);
    expect(await stored('2201.13452')).toBeUndefined();
    expect(await owed()).toEqual([]);
  });
});

describe('isBibtexFor', () => {
  it("accepts arXiv's entries, old ids and versions; refuses other papers, pages and notices", () => {
    expect(isBibtexFor(arxivBibtex('2201.13452'), '2201.13452')).toBe(true);
    expect(isBibtexFor(arxivBibtex('math/0309136'), 'math/0309136')).toBe(true);
    expect(isBibtexFor(arxivBibtex('2201.13452').replace('eprint={2201.13452}', 'eprint = "2201.13452v2"'), '2201.13452')).toBe(true);
    expect(isBibtexFor(arxivBibtex('2201.134521'), '2201.13452')).toBe(false);
    expect(isBibtexFor(arxivBibtex('2201.13452'), '2201.1345')).toBe(false);
    expect(isBibtexFor('Rate exceeded.', '2201.13452')).toBe(false);
    expect(isBibtexFor('<html>eprint={2201.13452}</html>', '2201.13452')).toBe(false);
    expect(isBibtexFor('@misc{k, eprint={2201.13452}', '2201.13452')).toBe(false);
  });
});
