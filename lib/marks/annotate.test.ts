// `papers/annotate` through the whole background (router, paper service, library, rules) on virtual
// time, the way a content script calls it.
import { beforeEach, describe, expect, it } from 'vitest';
import { drain, fromPage, startBackground, type TestBackground } from '../../tests/support/background';
import { VirtualClock } from '../../tests/support/virtual-clock';
import type { PaperMark } from '../messaging/types';

let clock: VirtualClock;
let bg: TestBackground;
let n = 0;

beforeEach(() => {
  clock = new VirtualClock();
  bg = startBackground({ name: `annotate-${++n}`, clock, unknown: ['2201.99999'] });
});

type Marks = { marks: PaperMark[] };
const annotate = (ids: string[]) => bg.send<Marks>({ type: 'papers/annotate', ids }, fromPage());
const byId = (marks: PaperMark[]) => Object.fromEntries(marks.map((m) => [m.id, m]));

const HF_CARD = {
  id: '2602.23229',
  title: 'Second-order methods for sparse Hessian estimation',
  summary: 'We study zeroth-order optimisation.',
  authors: ['Ada Lovelace'],
};

async function addRule(query: string, extra: object = {}) {
  const answer = await bg.send<{ rule: { id: string } }>({ type: 'rules/add', query, ...extra });
  expect(answer.ok).toBe(true);
  return answer.rule.id;
}

describe('papers/annotate', () => {
  it('answers a Hugging Face card from its embedded data: labels in rule order, first colour, no request', async () => {
    await addRule('hessian', { label: 'Hessians' });
    await addRule('au:nobody');
    await addRule('"second-order"', { color: '#c026d3' });
    await addRule('zeroth-order', { label: 'Off', enabled: false });
    await bg.send({ type: 'papers/putEmbedded', items: [HF_CARD] }, fromPage('https://huggingface.co/papers'));
    const answer = await annotate(['2602.23229']);
    expect(answer.ok).toBe(true);
    expect(answer.marks).toEqual([
      { id: '2602.23229', labels: ['Hessians', '"second-order"'], color: '#c026d3', saved: false, tags: [], known: true },
    ]);
    expect(bg.arxivTraffic).toEqual([]);
  });

  it('looks up unknown ids without waiting, answers known: false, then the real verdict', async () => {
    await addRule('ti:asymptotic');
    bg.arxiv.queue({ latencyMs: 20_000 });
    const first = await annotate(['https://arxiv.org/abs/2201.13452v1', '2201.99999']);
    expect(byId(first.marks)['2201.13452']).toMatchObject({ known: false, labels: [] });
    await drain(clock, bg);
    expect(bg.arxivTraffic).toHaveLength(1);
    const second = byId((await annotate(['2201.13452', '2201.99999'])).marks);
    expect(second['2201.13452']).toMatchObject({ known: true, labels: ['ti:asymptotic'] });
    // Known now (arXiv has no such paper), matched by nothing, not saved: left out of the answer.
    expect(second['2201.99999']).toBeUndefined();
    expect(Object.keys(second)).toEqual(['2201.13452']);
  });

  it('reports saved state and tags, and follows rule edits at once', async () => {
    await bg.send({ type: 'papers/putEmbedded', items: [HF_CARD] }, fromPage('https://huggingface.co/papers'));
    const rule = await addRule('ti:unrelated');
    // Shows nothing: left out.
    expect((await annotate(['2602.23229'])).marks).toEqual([]);
    await bg.send({ type: 'rules/update', id: rule, query: 'ti:hessian' });
    expect((await annotate(['2602.23229'])).marks[0]).toMatchObject({ labels: ['ti:hessian'], saved: false });
    await bg.send({ type: 'library/save', id: '2602.23229', tags: ['reading'] }, fromPage());
    expect((await annotate(['2602.23229'])).marks[0]).toMatchObject({ saved: true, tags: ['reading'] });
    await bg.send({ type: 'rules/update', id: rule, query: 'ti:unrelated' });
    expect((await annotate(['2602.23229'])).marks[0]).toMatchObject({ labels: [], saved: true, tags: ['reading'] });
  });

  it('with a cat: rule, asks arXiv for the categories of a card only Hugging Face described', async () => {
    await bg.send({ type: 'papers/putEmbedded', items: [{ ...HF_CARD, id: '2201.13452' }] }, fromPage('https://huggingface.co/papers'));
    await addRule('cat:math.AP');
    bg.arxiv.queue({ latencyMs: 20_000 });
    expect((await annotate(['2201.13452'])).marks[0]).toMatchObject({ known: false, labels: [] });
    await drain(clock, bg);
    expect((await annotate(['2201.13452'])).marks[0]).toMatchObject({ known: true, labels: ['cat:math.AP'] });
  });

  it('is allowed from any page, and refuses garbage with a clear error', async () => {
    expect((await annotate([])).ok).toBe(true);
    const bad = await bg.send({ type: 'papers/annotate', ids: 'x' }, fromPage());
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed "papers\/annotate": ids/) });
  });
});

describe('papers/bibtex', () => {
  it('generates an entry for a paper that is not saved, and gives the saved entry once saved', async () => {
    const unsaved = await bg.send<{ bibtex: string; key: string }>({ type: 'papers/bibtex', id: 'arXiv:2201.13452' }, fromPage());
    expect(unsaved.ok).toBe(true);
    expect(unsaved.bibtex).toMatch(/^@misc\{yin2022asymptoticanalysisnonlinearreactiondiffusion,\n {6}title=\{Asymptotic Analysis/);
    expect(unsaved.key).toBe('yin2022asymptoticanalysisnonlinearreactiondiffusion');
    await bg.send({ type: 'library/save', id: '2201.13452' }, fromPage());
    await drain(clock, bg);
    const saved = await bg.send<{ bibtex: string; key: string }>({ type: 'papers/bibtex', id: '2201.13452' }, fromPage());
    expect(saved.key).toMatch(/^fromarxiv/);
  });

  it('says plainly when arXiv does not know the paper', async () => {
    expect(await bg.send({ type: 'papers/bibtex', id: '2201.99999' }, fromPage())).toEqual({ ok: false, error: 'arXiv does not know 2201.99999' });
  });
});
