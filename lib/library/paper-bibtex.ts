/**
 * `papers/bibtex`: one paper's BibTeX entry for "Copy BibTeX" in the overlay and the popup. A saved
 * paper gives arXiv's own entry when it arrived (DESIGN §5.5), else the generator's; a paper that is
 * not saved gets the generator's entry from arXiv's metadata (waited for, as the user asked for it).
 */
import type { DbProvider } from '../db/connection';
import { bibtexEntry } from '../export';
import { storedEntryKey } from '../export/cite-key';
import { MessageError } from '../messaging/router';
import type { PaperService } from '../papers/service';
import { parseArxivRef } from '../arxiv/id';

export async function paperBibtex(
  deps: { db: DbProvider; papers: Pick<PaperService, 'getPapers'> },
  input: string,
): Promise<{ bibtex: string; key: string }> {
  const id = parseArxivRef(input)?.id;
  if (!id) throw new MessageError(`not an arXiv id: ${JSON.stringify(input.slice(0, 80))}`);
  const saved = await (await deps.db.get()).get('saved', id);
  let bibtex: string;
  if (saved) {
    bibtex = bibtexEntry(saved);
  } else {
    const { papers, notFound } = await deps.papers.getPapers([id], { arxiv: true });
    const paper = papers[0];
    if (!paper) throw new MessageError(notFound.length ? `arXiv does not know ${id}` : `arXiv has not answered for ${id} yet; try again`);
    bibtex = bibtexEntry({ id, savedAt: 0, tags: [], paper });
  }
  return { bibtex, key: storedEntryKey(bibtex) ?? '' };
}
