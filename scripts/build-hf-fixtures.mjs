#!/usr/bin/env node
/**
 * Builds the Hugging Face listing fixtures from the seed capture (DESIGN §5.3):
 *   tests/fixtures/seed/hf-papers-search-page.txt  →  tests/fixtures/pages/hf/
 *     papers-search.html            /papers?q=first-order, `searchResults` in data-props
 *     papers-search-no-props.html   the same markup without data-props (cards found by links only)
 *     papers-date-2025-11-17.html   /papers/date/2025-11-17, `dailyPapers` in data-props
 *
 * The seed is a text capture: per card a title, an abstract, "• N authors", "·" and a date with
 * optional upvotes. It has no ids, author names or keywords, so each card gets a deterministic arXiv
 * id derived from its date and synthetic names; everything else comes from the seed. The markup is
 * shaped like the real listing (Svelte island, Tailwind class soup, <article> cards) but detection
 * must not depend on the classes.
 *
 * Usage: node scripts/build-hf-fixtures.mjs [path/to/seed.txt]   (output is committed)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = process.argv[2] ?? join(root, 'tests/fixtures/seed/hf-papers-search-page.txt');
const outDir = join(root, 'tests/fixtures/pages/hf');

// The capture shows the page date as "Nov 17" and card dates of the current year without a year.
const PAGE_YEAR = 2025;
const PAGE_DATE = '2025-11-17';
const QUERY = 'first-order';
const EXPECTED_CARDS = 54;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GIVEN = ['Alex', 'Bo', 'Chen', 'Dana', 'Elif', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kofi', 'Lena', 'Mira', 'Nikhil', 'Oren', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tomás'];
const FAMILY = ['Abara', 'Becker', 'Costa', 'Dube', 'Eriksen', 'Fischer', 'García', 'Hoang', 'Ito', 'Jensen', 'Kowalski', 'Laine', 'Moreau', 'Novák', 'Okafor', 'Petrov', 'Qureshi', 'Rossi', 'Sato', 'Tanaka'];

// ---------------------------------------------------------------------------------------------- seed

function parseSeed(text) {
  const lines = text.split(/\r?\n/);
  const cards = [];
  lines.forEach((line, i) => {
    const m = /^\s*•\s*(\d+) authors?$/.exec(line);
    if (!m) return;
    const [title, gap1, abstract, gap2, dot, dateLine] = [lines[i - 4], lines[i - 3], lines[i - 2], lines[i - 1], lines[i + 1], lines[i + 2]];
    if (gap1 !== '' || gap2 !== '' || dot !== '·' || !title || !abstract || !dateLine) {
      throw new Error(`seed line ${i + 1}: unexpected card layout`);
    }
    const d = /^([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/.exec(dateLine.trim());
    const month = d ? MONTHS.indexOf(d[1]) + 1 : 0;
    if (!d || month === 0) throw new Error(`seed line ${i + 3}: unexpected date "${dateLine}"`);
    const year = d[3] ? +d[3] : PAGE_YEAR;
    cards.push({
      title: title.trim(),
      abstract: abstract.trim(),
      authorCount: +m[1],
      dateText: d[3] ? `${d[1]} ${d[2]}, ${d[3]}` : `${d[1]} ${d[2]}`,
      date: `${year}-${String(month).padStart(2, '0')}-${String(+d[2]).padStart(2, '0')}`,
      upvotes: d[4] ? +d[4] : 0,
    });
  });
  if (cards.length !== EXPECTED_CARDS) throw new Error(`seed: ${cards.length} cards, expected ${EXPECTED_CARDS}`);
  return cards;
}

// ------------------------------------------------------------------------------------------ papers

function arxivId(card, i) {
  const [y, m] = card.date.split('-');
  if (+y < 2015) throw new Error(`${card.date}: four-digit ids not handled`);
  // Distinct across cards (the index is), never all zeros, five digits as from 1501 on.
  return `${y.slice(2)}${m}.${String(1000 + (i + 1) * 157).padStart(5, '0')}`;
}

function toPaper(card, i) {
  const id = arxivId(card, i);
  const authors = Array.from({ length: card.authorCount }, (_, k) => ({
    _id: `65${String(i).padStart(3, '0')}${String(k).padStart(3, '0')}aa00bb11cc22dd`,
    name: `${GIVEN[(i * 7 + k * 3) % GIVEN.length]} ${FAMILY[(i * 5 + k * 11) % FAMILY.length]}`,
    hidden: false,
  }));
  const keywords = [...new Set(card.title.toLowerCase().match(/[a-z][a-z-]{6,}/g) ?? [])].slice(0, 4);
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(card.abstract)?.[0] ?? card.abstract;
  const org = i % 9 === 4 ? { _id: `64org${i}`, name: `ml-lab-${i}`, fullname: `Learning & Vision Lab "${i}"`, avatar: `/avatars/org-${i}.svg` } : undefined;
  const paper = {
    id,
    authors,
    publishedAt: `${card.date}T17:00:00.000Z`,
    submittedOnDailyAt: `${card.date}T21:30:00.000Z`,
    title: card.title,
    summary: card.abstract,
    upvotes: card.upvotes,
    discussionId: `6700${String(i).padStart(4, '0')}c4f6edddcc6c85d2`,
    ai_summary: firstSentence,
    ai_keywords: keywords,
    ...(i % 5 === 0 && { githubRepo: `https://github.com/example-lab/paper-${id.replace('.', '-')}`, githubStars: (i * 37) % 500 }),
    ...(i % 7 === 3 && { projectPage: `https://example-lab.github.io/${id}/` }),
    ...(org && { organization: org }),
  };
  return {
    paper,
    publishedAt: paper.publishedAt,
    title: card.title,
    summary: card.abstract,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png`,
    numComments: i % 4,
    submittedBy: { _id: `65sub${i}`, avatarUrl: `/avatars/user-${i % 6}.svg`, fullname: authors[0].name, name: `user-${i % 6}`, type: 'user' },
    ...(org && { organization: org }),
    isAuthorParticipating: false,
    // Kept for the markup only (not part of HF's item): the date as the page writes it.
    _dateText: card.dateText,
  };
}

// -------------------------------------------------------------------------------------------- html

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const UPVOTE_SVG = '<svg class="text-sm peer-checked:text-gray-500 group-hover:text-gray-500" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" fill="currentColor" width="1em" height="1em" viewBox="0 0 12 12"><path d="M5.19 2.67a.94.94 0 0 1 1.62 0l3.31 5.72a.94.94 0 0 1-.82 1.4H2.7a.94.94 0 0 1-.82-1.4l3.31-5.7v-.02Z"></path></svg>';
const COMMENT_SVG = '<svg class="mr-1" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" fill="currentColor" width="1em" height="1em" viewBox="0 0 32 32"><path d="M17.74 30L16 29l4-7h6a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h9v2H6a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4h20a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-4.84Z"></path></svg>';

function cardHtml(item) {
  const p = item.paper;
  const href = `/papers/${p.id}`;
  const avatars = p.authors
    .slice(0, 4)
    .map((a, k) => `<li class="-mr-2 h-4 w-4 md:h-5 md:w-5 bg-linear-to-br block flex-none rounded-full border-2 border-white from-gray-300 to-gray-100 dark:border-gray-900 dark:from-gray-600 dark:to-gray-800" title="${esc(a.name)}"><img class="overflow-hidden rounded-full" alt="" src="/avatars/user-${k}.svg" loading="lazy"></li>`)
    .join('');
  const org = p.organization
    ? `\n          <a href="/${esc(p.organization.name)}" class="flex items-center gap-1 text-sm text-gray-500 hover:underline"><img class="h-4 w-4 rounded-sm" alt="" src="${esc(p.organization.avatar)}" loading="lazy"><span class="truncate">${esc(p.organization.fullname)}</span></a>`
    : '';
  const github = p.githubRepo
    ? `\n          <a href="${esc(p.githubRepo)}" target="_blank" rel="noopener" class="flex items-center gap-1 rounded-md border px-1.5 text-xs text-gray-600 hover:bg-gray-50"><span>GitHub</span><span>${p.githubStars}</span></a>`
    : '';
  return `<article class="relative flex flex-col overflow-hidden rounded-xl border border-gray-200 dark:border-gray-800" data-expect-id="${p.id}">
  <a href="${href}" class="shadow-alternate-sm peer relative block h-56 w-full cursor-pointer overflow-hidden rounded-xl bg-white md:h-64"><img src="/front/thumbnails/papers/${p.id}.png" loading="lazy" decoding="async" alt="" class="h-full w-full object-cover object-top opacity-80 transition-opacity duration-300 group-hover:opacity-100"></a>
  <div class="from-gray-50-to-white bg-linear-to-b -mt-2 flex px-6 pb-6 pt-8">
    <div class="flex w-full gap-6">
      <div class="shadow-alternate flex h-14 w-12 gap-1 rounded-xl flex-none cursor-pointer select-none flex-col items-center justify-center self-start border-gray-300 bg-white dark:bg-gray-850 border"><input type="checkbox" class="peer hidden"> ${UPVOTE_SVG} <div class="leading-none">${p.upvotes}</div></div>
      <div class="w-full">
        <h3 class="mb-1 text-lg/6 font-semibold hover:underline peer-hover:underline md:text-2xl/7 lg:text-xl/6"><a href="${href}" class="line-clamp-3 cursor-pointer text-balance">${esc(p.title)}</a></h3>
        <p class="line-clamp-2 text-sm text-gray-500 dark:text-gray-400">${esc(p.summary)}</p>
        <div class="mt-2.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-gray-500">
          <a href="${href}" class="flex"><ul class="flex items-center flex-row-reverse text-sm">${avatars}<li class="text-gray-600 hover:text-gray-700 order-first ml-3 list-none">· ${p.authors.length} authors</li></ul></a>
          <span class="text-gray-400">·</span>
          <time datetime="${esc(p.publishedAt)}" class="whitespace-nowrap">${esc(item._dateText)}</time>${org}${github}
          <a href="${href}#community" class="ml-auto flex items-center rounded-lg border border-gray-100 px-2 py-1 text-sm text-gray-400 hover:text-gray-700 dark:border-gray-800">${COMMENT_SVG}${item.numComments}</a>
        </div>
      </div>
    </div>
  </div>
</article>`;
}

function page({ title, url, propsKey, items, withProps, heading, nav }) {
  const props = {
    [propsKey]: items.map(({ _dateText, ...item }) => item),
    query: propsKey === 'searchResults' ? QUERY : '',
    periodType: 'day',
    dateString: PAGE_DATE,
    lastUpdated: `${PAGE_DATE}T14:00:00.000Z`,
  };
  const island = withProps
    ? `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${esc(JSON.stringify(props))}">`
    : '<div class="SVELTE_HYDRATER contents" data-target="DailyPapers">';
  return `<!doctype html>
<!-- Generated by scripts/build-hf-fixtures.mjs from shared/seed/hf-papers-search-page.txt; do not edit. -->
<html class="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta name="fixture-url" content="${esc(url)}">
<title>${esc(title)}</title>
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black PapersPage">
<div class="flex min-h-dvh flex-col">
<header class="border-b border-gray-100">
  <div class="w-full px-4 container flex h-16 items-center">
    <a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><span class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
    <nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center gap-x-1 2xl:gap-x-2">
      <li><a class="group flex items-center px-2 py-0.5" href="/models">Models</a></li>
      <li><a class="group flex items-center px-2 py-0.5" href="/datasets">Datasets</a></li>
      <li><a class="group flex items-center px-2 py-0.5" href="/spaces">Spaces</a></li>
      <li><a class="group flex items-center px-2 py-0.5" href="/papers" data-expect-none>Papers</a></li>
      <li><a class="group flex items-center px-2 py-0.5" href="/docs">Docs</a></li>
      <li><a class="group flex items-center px-2 py-0.5" href="/pricing">Pricing</a></li>
      <li><a class="block cursor-pointer whitespace-nowrap px-2 py-0.5" href="/login">Log In</a></li>
    </ul></nav>
  </div>
</header>
<main class="flex flex-1 flex-col">
${island}
<section class="container relative pt-6 pb-16">
  <div class="mb-6 flex flex-wrap items-center gap-4">
    <div><h1 class="text-3xl font-bold">${esc(heading)}</h1><p class="text-gray-500">by <a href="/akhaliq" class="underline">AK</a> and the research community</p></div>
    <form action="/papers" class="relative ml-auto w-full md:w-96"><input name="q" type="search" value="${propsKey === 'searchResults' ? esc(QUERY) : ''}" placeholder="Search any paper with AI" class="form-input w-full rounded-full"></form>
  </div>
  <nav class="mb-8 flex items-center gap-2 text-sm">${nav}</nav>
  <div class="relative grid grid-cols-1 gap-14 lg:grid-cols-2">
${items.map(cardHtml).join('\n')}
  </div>
</section>
</div>
</main>
<footer class="border-t py-8 text-sm text-gray-500"><div class="container flex gap-4"><a href="/terms-of-service">TOS</a><a href="/privacy">Privacy</a><a href="/huggingface">About</a><a href="https://apply.workable.com/huggingface/">Jobs</a></div></footer>
</div>
</body>
</html>
`;
}

const negative = (href, text) => `<a href="${href}" class="rounded-lg border px-2 py-1 hover:bg-gray-50" data-expect-none>${text}</a>`;

const cards = parseSeed(readFileSync(seedPath, 'utf8'));
const items = cards.map(toPaper);
if (new Set(items.map((it) => it.paper.id)).size !== items.length) throw new Error('duplicate ids');

const searchNav = [
  negative('/papers/trending', 'Trending'),
  negative(`/papers?date=${PAGE_DATE}`, 'Daily'),
  negative('/papers/week/2025-W47', 'Weekly'),
  negative('/papers/month/2025-11', 'Monthly'),
].join('\n    ');
const dateNav = [
  negative('/papers/date/2025-11-14', '← Previous'),
  negative('/papers/date/2025-11-18', 'Next →'),
  negative('/papers/week/2025-W47', 'This week'),
  negative('/papers/month/2025-11', 'This month'),
  negative('/papers/trending', 'Trending'),
].join('\n    ');

const search = { title: 'Daily Papers - Hugging Face', url: `https://huggingface.co/papers?q=${QUERY}`, propsKey: 'searchResults', items, heading: 'Daily Papers', nav: searchNav };
const files = {
  'papers-search.html': page({ ...search, withProps: true }),
  'papers-search-no-props.html': page({ ...search, withProps: false }),
  [`papers-date-${PAGE_DATE}.html`]: page({
    title: `Daily Papers - Hugging Face`,
    url: `https://huggingface.co/papers/date/${PAGE_DATE}`,
    propsKey: 'dailyPapers',
    items,
    heading: 'Daily Papers',
    nav: dateNav,
    withProps: true,
  }),
};

mkdirSync(outDir, { recursive: true });
for (const [name, html] of Object.entries(files)) {
  writeFileSync(join(outDir, name), html);
  console.log(`${join('tests/fixtures/pages/hf', name)}: ${items.length} cards, ${html.length} bytes`);
}
