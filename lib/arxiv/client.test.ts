import { beforeEach, describe, expect, it } from 'vitest';
import { ArxivMock, type Format } from '../../tests/support/arxiv-mock';
import { readFixture } from '../../tests/support/fixtures';
import { VirtualClock } from '../../tests/support/virtual-clock';
import { memoryClockStore } from '../net/clock-store';
import { ARXIV_LANE } from '../net/limits';
import { PoliteQueue } from '../net/polite-queue';
import { arxivQueryUrl, fetchArxivBatch, fetchArxivMetadata } from './client';

const MISSING = ['2201.13452', '2201.13455', '2201.13453', '2201.13454'];
let clock: VirtualClock;

function setup(format: Format = 'new', unknown: string[] = []) {
  const mock = new ArxivMock(clock, { format, unknown });
  const queue = new PoliteQueue(ARXIV_LANE, { fetch: mock.fetch, clock, random: () => 0.5, store: memoryClockStore() });
  return { mock, queue };
}
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `2501.${String(from + i).padStart(5, '0')}`);

beforeEach(() => {
  clock = new VirtualClock();
});

describe('arxivQueryUrl', () => {
  it('lists ids literally and always sends max_results', () => {
    expect(arxivQueryUrl(['2201.13452', 'math/0309136'])).toBe(
      'https://export.arxiv.org/api/query?id_list=2201.13452,math/0309136&max_results=2',
    );
  });
});

describe('fetchArxivBatch', () => {
  it.each(['new', 'old'] as const)('%s format: found and unknown ids are told apart', async (format) => {
    const { mock, queue } = setup(format, MISSING.slice(1));
    const r = await clock.run(fetchArxivBatch(queue, MISSING));
    expect(r).toMatchObject({ ok: true, notFound: MISSING.slice(1), rejected: [], retry: [] });
    expect(r.ok && r.entries.map((e) => e.id)).toEqual(['2201.13452']);
    expect(mock.requests[0]!.url).toBe(arxivQueryUrl(MISSING));
  });

  it('an Error entry naming one id rejects it and holds the others back for a retry', async () => {
    const { mock, queue } = setup();
    // The new server's answer to a bad id: HTTP 400 with arXiv's Error entry (the 2007 capture's markup).
    mock.queue({ status: 400, body: readFixture('arxiv-api/docs-2007_error_incorrect_id_format.xml').replaceAll('1234.12345', '2501.00002') });
    const r = await clock.run(fetchArxivBatch(queue, ids(3)));
    expect(r).toEqual({
      ok: true,
      entries: [],
      notFound: [],
      rejected: [{ id: '2501.00002', reason: 'incorrect id format for 2501.00002' }],
      retry: ['2501.00001', '2501.00003'],
    });
  });

  it('an Error entry naming no requested id fails the batch (nothing is declared unknown)', async () => {
    const { mock, queue } = setup();
    mock.queue({ status: 400, body: readFixture('arxiv-api/docs-2007_error_incorrect_id_format.xml') });
    expect(await clock.run(fetchArxivBatch(queue, ids(2)))).toEqual({
      ok: false,
      error: 'arXiv refused the query: incorrect id format for 1234.12345',
    });
  });

  it.each([
    ['an HTML error page', { body: '<!DOCTYPE html><html><body>Oops</body></html>' }, /^not-atom: an HTML page/],
    ['a truncated feed', { body: readFixture('arxiv-api/new-2025-11-11_query_doc.xml').slice(0, 900) }, /^malformed: /],
    ['an empty body', { body: '' }, /^empty: /],
    ['a 404', { status: 404, body: 'no' }, /^HTTP 404 from arXiv$/],
  ])('%s fails the batch with a clear error, all ids kept', async (_name, reply, error) => {
    const { mock, queue } = setup();
    mock.queue(reply);
    const r = await clock.run(fetchArxivBatch(queue, ids(2)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
  });

  it('an empty feed means every id is unknown', async () => {
    const { mock, queue } = setup();
    mock.queue({ body: readFixture('arxiv-api/new-2025-11-11_query_empty.xml') });
    // (The capture asked for 1201.56789, which is not even a well-formed id: 1201 ids have 4 digits.)
    expect(await clock.run(fetchArxivBatch(queue, ids(2)))).toMatchObject({ ok: true, entries: [], notFound: ids(2) });
  });

  it('throttling that outlasts the attempts fails with the time the lane reopens', async () => {
    const { mock, queue } = setup();
    mock.queue(...Array.from({ length: 4 }, () => ({ status: 200, body: 'Rate exceeded.' })));
    const r = await clock.run(fetchArxivBatch(queue, ids(1)));
    expect(r).toMatchObject({ ok: false, error: 'throttled: HTTP 200 (throttled)' });
    expect(!r.ok && r.retryAt).toBeGreaterThan(clock.now());
  });

  it('rejects non-canonical ids without asking, and more than 100 ids outright', async () => {
    const { mock, queue } = setup();
    expect(await clock.run(fetchArxivBatch(queue, ['2201.13452v2', 'nonsense']))).toMatchObject({
      ok: true,
      rejected: [
        { id: '2201.13452v2', reason: 'not a canonical arXiv id' },
        { id: 'nonsense', reason: 'not a canonical arXiv id' },
      ],
    });
    expect(await clock.run(fetchArxivBatch(queue, ids(101)))).toMatchObject({ ok: false });
    expect(mock.requests).toHaveLength(0);
  });
});

describe('fetchArxivMetadata', () => {
  it('150 ids: exactly two requests (100 + 50), at least 3 s apart', async () => {
    const { mock, queue } = setup('old', ['2501.00150']);
    const r = await clock.run(fetchArxivMetadata(queue, ids(150)));
    expect(mock.requests.map((q) => q.ids.length)).toEqual([100, 50]);
    expect(mock.gaps[0]).toBeGreaterThanOrEqual(3_000);
    expect(r.entries).toHaveLength(149);
    expect(r.notFound).toEqual(['2501.00150']);
    expect(r.failed).toEqual([]);
    expect(mock.requests.every((q) => q.url.endsWith(`&max_results=${q.ids.length}`))).toBe(true);
  });

  it('sends the ids held back by a refused id again, without it', async () => {
    const { mock, queue } = setup();
    mock.queue({ status: 400, body: readFixture('arxiv-api/docs-2007_error_incorrect_id_format.xml').replaceAll('1234.12345', '2501.00002') });
    const r = await clock.run(fetchArxivMetadata(queue, ids(3)));
    expect(mock.requests.map((q) => q.ids)).toEqual([ids(3), ['2501.00001', '2501.00003']]);
    expect(r.entries.map((e) => e.id)).toEqual(['2501.00001', '2501.00003']);
    expect(r.rejected.map((x) => x.id)).toEqual(['2501.00002']);
  });
});
