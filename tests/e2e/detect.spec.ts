// Detection in every browser (BROWSERS, DESIGN §6): the built extension's content script marks exactly
// the elements the fixture pages expect, on every surface, for content added later and across Hugging
// Face's in-page navigation, leaves pages without papers untouched, and contacts nobody on the way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  expectedMarkCount,
  fixturePath,
  markProblems,
  marks,
  pageUrl,
  type PortablePage,
  sessionPerBlock,
} from './harness';

// Long enough for a cold idle pass on a 570 kB listing; polling returns as soon as marks are right.
const MARK_TIMEOUT = { timeout: 10_000, interval: 200 };

describe.each(BROWSERS)('%s', (browser) => {
  const s = sessionPerBlock({ browser });

  /** Opens a fixture page at its real URL and waits until its marks are exactly what it expects. */
  async function openMarked(file: string, minExpected: number): Promise<PortablePage> {
    const page = await s.open(pageUrl(file));
    // A fixture that lost its expectations would make "no problems" meaningless.
    expect(await expectedMarkCount(page)).toBeGreaterThanOrEqual(minExpected);
    await expect.poll(() => markProblems(page), MARK_TIMEOUT).toEqual([]);
    return page;
  }

  /** The `<article>` cards of an HF listing as [marked id, expected id] pairs. */
  function articleIds(page: PortablePage): Promise<Array<[string | null, string | null]>> {
    return page.$$eval('article', (els) =>
      els.map((el): [string | null, string | null] => [el.getAttribute('data-paper-radar-id'), el.getAttribute('data-expect-id')]),
    );
  }

  describe('Hugging Face listings', () => {
    for (const file of ['hf/papers-search.html', 'hf/papers-search-no-props.html', 'hf/papers-date-2025-11-17.html']) {
      it(`marks every card of ${file} with its id`, async () => {
        const page = await openMarked(file, 54);
        const cards = await articleIds(page);
        expect(cards).toHaveLength(54);
        for (const [marked, expected] of cards) expect(marked).toBe(expected);
        await page.close();
      });
    }
  });

  describe('arXiv pages and the Hugging Face paper page (DESIGN §6: which element carries the mark)', () => {
    it('listing: both the dt and its dd of every entry', async () => {
      const page = await openMarked('arxiv/list-cs-LG-new.html', 20);
      const pairs = await page.$$eval('dl#articles > dt', (dts) =>
        dts.map((dt) => {
          const dd = dt.nextElementSibling;
          return { dt: dt.getAttribute('data-paper-radar-id'), dd: dd?.tagName === 'DD' ? dd.getAttribute('data-paper-radar-id') : 'no dd' };
        }),
      );
      expect(pairs.length).toBeGreaterThan(0);
      for (const { dt, dd } of pairs) {
        expect(dt).not.toBeNull();
        expect(dd).toBe(dt);
      }
      await page.close();
    });

    it('search results: each li.arxiv-result', async () => {
      const page = await openMarked('arxiv/search-results.html', 5);
      const items = await page.$$eval('li.arxiv-result', (lis) => lis.map((li) => li.getAttribute('data-paper-radar-id')));
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((id) => id !== null)).toBe(true);
      await page.close();
    });

    it('abstract page: the h1 title heading', async () => {
      const page = await openMarked('arxiv/abs-2310.06825.html', 1);
      // arXiv's abs page has other h1s (subject header, tools); the title is h1.title.
      expect(await page.evaluate(() => document.querySelector('h1.title')?.getAttribute('data-paper-radar-id'))).toBe('2310.06825');
      await page.close();
    });

    it('Hugging Face paper page: the h1 title heading', async () => {
      const page = await openMarked('hf/paper-2602.23229.html', 1);
      expect(await page.evaluate(() => document.querySelector('h1')?.getAttribute('data-paper-radar-id'))).toBe('2602.23229');
      await page.close();
    });
  });

  describe('other pages', () => {
    it('links-all-forms: every positive marked with its id, no negative marked', async () => {
      const page = await openMarked('blog/links-all-forms.html', 20);
      await page.close();
    });

    it('a page without papers is left untouched', async () => {
      const file = 'blog/no-papers.html';
      // Records every DOM change after parsing ends (DOMContentLoaded), from the page's main world. The
      // content script runs after that (document_idle), so any change it makes lands here.
      const page = await s.open(pageUrl(file), {
        beforeNavigate: (p) =>
          p.addInitScript(() => {
            const log: string[] = [];
            (window as unknown as { __mutations: string[] }).__mutations = log;
            const observer = new MutationObserver((records) => {
              for (const r of records) log.push(`${r.type} on <${(r.target as Element).nodeName}> ${r.attributeName ?? ''}`);
            });
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            document.addEventListener('DOMContentLoaded', () => {
              observer.takeRecords(); // the parser's own insertions
              log.length = 0;
            }, { capture: true, once: true });
          }),
      });
      // The content script's first pass waits for an idle period; idle callbacks run in the order they
      // were requested, and ours is requested after the content script's (open() waited for it).
      await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));

      expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
      // Independently: the live document equals the served bytes parsed by the same browser without the
      // extension and without running anything (DOMParser).
      const served = readFileSync(fixturePath(file), 'utf8');
      const [live, parsed] = await page.evaluate((source) => {
        const fresh = new DOMParser().parseFromString(source, 'text/html');
        return [document.documentElement.outerHTML, fresh.documentElement.outerHTML];
      }, served);
      expect(live).toBe(parsed);

      // Positive control: the content script is alive on this very page, so "untouched" above was
      // a decision, not an absence.
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = 'https://arxiv.org/abs/2310.06825';
        a.textContent = 'control';
        document.body.append(a);
      });
      await expect
        .poll(() => page.evaluate(() => document.querySelector('a[href$="2310.06825"]')?.getAttribute('data-paper-radar-id')), MARK_TIMEOUT)
        .toBe('2310.06825');
      await page.close();
    });
  });

  describe('changes after load', () => {
    it('marks 20 paper links added after load (MutationObserver)', async () => {
      const page = await openMarked('blog/links-all-forms.html', 20);
      const ids = Array.from({ length: 20 }, (_, i) => `2401.${String(10010 + i)}`);
      await page.evaluate((list) => {
        const box = document.createElement('ul');
        for (const [i, id] of list.entries()) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          // Mixed URL forms, as a page loading more content would have.
          a.href = i % 2 ? `https://arxiv.org/pdf/${id}v2` : `https://huggingface.co/papers/${id}`;
          a.textContent = `Added paper ${id}`;
          a.setAttribute('data-expect-id', id);
          li.append(a);
          box.append(li);
        }
        document.body.append(box);
      }, ids);
      await expect.poll(() => markProblems(page), MARK_TIMEOUT).toEqual([]);
      const added = (await marks(page)).filter((m) => m.text.startsWith('Added paper'));
      expect(added.map((m) => m.id)).toEqual(ids);
      await page.close();
    });

    // Hugging Face is a single-page app: it pushes a new URL and renders other cards, either into new
    // elements or by reusing the old ones; the data-props island stays behind, stale.
    const newIds = Array.from({ length: 12 }, (_, i) => `2511.${String(20001 + i)}`);

    it('HF in-page navigation with new card elements: old marks gone, new cards marked', async () => {
      const page = await openMarked('hf/papers-search.html', 54);
      const source = readFileSync(fixturePath('hf/papers-search.html'), 'utf8');
      await page.evaluate(
        ({ html, ids }) => {
          // Fresh, unmarked cards as the app would render them: from the served markup, re-pointed.
          const fresh = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('article')].slice(0, ids.length);
          fresh.forEach((card, i) => {
            const id = ids[i]!;
            const old = card.getAttribute('data-expect-id')!;
            card.setAttribute('data-expect-id', id);
            for (const a of card.querySelectorAll<HTMLAnchorElement>('a[href*="/papers/"]')) {
              a.setAttribute('href', a.getAttribute('href')!.replace(old, id));
            }
          });
          history.pushState({}, '', '/papers/date/2025-11-18');
          document.querySelector('article')!.parentElement!.replaceChildren(...fresh.map((c) => document.importNode(c, true)));
        },
        { html: source, ids: newIds },
      );
      await expect.poll(() => markProblems(page), MARK_TIMEOUT).toEqual([]);
      expect((await articleIds(page)).map(([marked]) => marked)).toEqual(newIds);
      await page.close();
    });

    it('HF in-page navigation reusing the card elements: marks follow the new links', async () => {
      const page = await openMarked('hf/papers-search.html', 54);
      await page.evaluate((ids) => {
        history.pushState({}, '', '/papers/date/2025-11-19');
        const cards = [...document.querySelectorAll('article')];
        cards.forEach((card, i) => {
          if (i >= ids.length) {
            card.remove();
            return;
          }
          const id = ids[i]!;
          const old = card.getAttribute('data-expect-id')!;
          card.setAttribute('data-expect-id', id);
          for (const a of card.querySelectorAll<HTMLAnchorElement>('a[href*="/papers/"]')) {
            a.setAttribute('href', a.getAttribute('href')!.replace(old, id));
          }
        });
      }, newIds);
      await expect.poll(() => markProblems(page), MARK_TIMEOUT).toEqual([]);
      expect((await articleIds(page)).map(([marked]) => marked)).toEqual(newIds);
      await page.close();
    });
  });

  describe('network', () => {
    // Runs last in this file (vitest runs a file's tests in order): covers every page opened above.
    it('no request went to any host other than the fixture hosts', () => {
      expect(s.server.log.length).toBeGreaterThan(0);
      expect(s.server.unexpectedRequests().map((r) => `${r.method} ${r.scheme}://${r.host}${r.path}`)).toEqual([]);
    });
  });
});
