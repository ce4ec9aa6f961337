/**
 * Splitting an author's display name into given / family / suffix, shared by the cite key, the BibTeX
 * author list, RIS (`AU  - Family, Given`) and CSL-JSON. arXiv and Hugging Face give display names in
 * "Given Family" order; the arXiv abstract page's "Family, Given" form is read too.
 *
 * Decisions (DESIGN §5.5 names the rules; these are the edges it leaves open):
 * - Particles (van, von, de, …) are matched in any case ("Van der Waals"), and any run of them before
 *   the last word joins the family name ("van der Waals"). The first word is never taken as a
 *   particle unless it is written in lower case: "Le Song", "Di Wu" and "Da Li" are given names
 *   followed by a family name, while "de Vries" alone is a family name.
 * - Suffixes are Jr, Sr, II, III (with or without a period or a comma before them), matched in any case
 *   and only after at least two other words, so a lone "Sr" stays a name.
 * - A name with no spaces ("李明", "Vaswani") is all family name.
 */

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'ten', 'ter', 'dos']);
const SUFFIX_RE = /^(?:jr|sr|ii|iii)\.?$/i;

export interface NameParts {
  given: string;
  /** With its particles: "de Vries", "van der Waals". Empty only for an empty name. */
  family: string;
  suffix: string;
}

export function splitName(displayName: string): NameParts {
  const name = displayName.replace(/\s+/g, ' ').trim();
  if (name.includes(',')) return splitCommaForm(name);
  const words = name.split(' ').filter(Boolean);
  let suffix = '';
  const last = words[words.length - 1];
  if (words.length > 2 && last !== undefined && SUFFIX_RE.test(last)) {
    suffix = last;
    words.pop();
    // "Martin Luther King, Jr." loses its comma with the suffix.
    const i = words.length - 1;
    words[i] = words[i]!.replace(/,$/, '');
  }
  if (words.length === 0) return { given: '', family: '', suffix };
  let start = words.length - 1;
  while (start > 0 && isParticle(words[start - 1]!, start - 1 === 0)) start--;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' '), suffix };
}

function isParticle(word: string, first: boolean): boolean {
  const lower = word.toLowerCase();
  return PARTICLES.has(lower) && (!first || word === lower);
}

// "de Vries, H.", "King, Jr., Martin Luther" (BibTeX's "von Last, Jr, First").
function splitCommaForm(name: string): NameParts {
  const parts = name.split(',').map((p) => p.trim());
  // "Sammy Davis, Jr.": a display name with its suffix after a comma, not "Family, Given".
  if (parts.length === 2 && SUFFIX_RE.test(parts[1]!)) return { ...splitName(parts[0]!), suffix: parts[1]! };
  const family = parts[0] ?? '';
  if (parts.length >= 3 && SUFFIX_RE.test(parts[1] ?? '')) {
    return { family, suffix: parts[1]!, given: parts.slice(2).join(', ') };
  }
  const rest = parts.slice(1).filter(Boolean);
  const tail = rest[rest.length - 1];
  // "Smith, John, Jr." (suffix last) is the other order people write.
  if (rest.length >= 2 && tail !== undefined && SUFFIX_RE.test(tail)) {
    return { family, suffix: tail, given: rest.slice(0, -1).join(', ') };
  }
  return { family, given: rest.join(', '), suffix: '' };
}
