// The floor for bench/page-cost.ts (`--floor`): the least work any extension must do on a page to
// meet DESIGN §6 — find the paper links (one selector query, one expression over each href), mark
// each with data-paper-radar-id, find `arXiv:` mentions in the text (one text check, then the engine's
// search for the text nodes) and wrap each in a marked span, and send the ids to the background in one
// message. No settings, no rules, no retries, no observer for later content, no UI, and only the
// common URL forms (so it marks fewer links than Paper Radar: a floor below the true one). Plain
// JavaScript, written by hand; not part of the product.
//
// DEFERRED: bench/page-cost.ts also loads a copy with this set to true (and the storage permission),
// which does the same work after reading a setting, as most content scripts start: ScriptDuration
// does not count that work, and the bench's complete figure must still find it (page-cost-trace.ts).
(() => {
  const DEFERRED = false;
  const PREFILTER = 'a:is([href*="xiv"],[href*="Xiv"],[href*="XIV"],[href*="5iv"],[href*="5IV"],[href*="papers/"])';
  const LINK = /^https?:\/\/(?:(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/|(?:www\.)?(?:huggingface|hf)\.co\/papers\/|(?:www\.)?alphaxiv\.org\/(?:abs|pdf|overview)\/)(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?(?=[?#]|$)/;
  const MENTION = /arXiv:(\d{4}\.\d{4,5})(?:v\d+)?/g;
  const work = () => {
    const ids = [];
    for (const a of document.querySelectorAll(PREFILTER)) {
      const m = LINK.exec(a.getAttribute('href'));
      if (m) {
        a.setAttribute('data-paper-radar-id', m[1]);
        ids.push(m[1]);
      }
    }
    const body = document.body;
    if (body && body.textContent.includes('arXiv:')) {
      const found = document.evaluate('descendant::text()[contains(., "arXiv:")]', body, null, 7, null);
      for (let i = 0; i < found.snapshotLength; i++) {
        const text = found.snapshotItem(i);
        if (text.parentElement.closest('a, script, style, textarea')) continue;
        const ms = [...text.data.matchAll(MENTION)];
        for (let j = ms.length - 1; j >= 0; j--) {
          const mention = text.splitText(ms[j].index);
          mention.splitText(ms[j][0].length);
          const span = document.createElement('span');
          span.setAttribute('data-paper-radar-id', ms[j][1]);
          mention.parentNode.insertBefore(span, mention);
          span.appendChild(mention);
          ids.push(ms[j][1]);
        }
      }
    }
    if (ids.length) chrome.runtime.sendMessage({ type: 'papers/annotate', ids });
  };
  requestIdleCallback(() => (DEFERRED ? chrome.storage.local.get('settings').then(work) : work()), { timeout: 1000 });
})();
