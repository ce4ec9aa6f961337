// "A word matches its simple plural/singular (s, es, ies↔y)" (DESIGN §5.6). Rather than stemming
// both sides (a single stem rule cannot get bias/biases, idea/ideas and study/studies all right), the
// query word is expanded, once at compile time, into the few spellings it may have in the text.
// The text side stays as written, so matching is an exact lookup.

/** The query word itself plus its simple plural and singular spellings. */
export function wordForms(word: string): string[] {
  const forms = new Set([word]);
  // Short words ("ai", "ml", "us", "is") have no useful plural and would produce noise.
  if (word.length >= 3) {
    forms.add(word + 's');
    if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(word + 'es');
    if (/[^aeiou]y$/.test(word)) forms.add(word.slice(0, -1) + 'ies');
  }
  if (word.length >= 5 && word.endsWith('ies')) forms.add(word.slice(0, -3) + 'y');
  if (word.length >= 5 && /(?:s|x|z|ch|sh)es$/.test(word)) forms.add(word.slice(0, -2));
  // "-ss", "-us", "-is" are singular already: class, corpus, analysis.
  if (word.length >= 4 && /[^sui]s$/.test(word)) forms.add(word.slice(0, -1));
  return [...forms];
}
