/**
 * The background's handler table. Every message of the protocol is registered so the contract is
 * visible in one place; those whose issue has not landed yet answer "not implemented yet".
 */
import type { DbProvider } from '../db/connection';
import { paperBibtex } from '../library/paper-bibtex';
import type { LibraryService } from '../library/service';
import { createAnnotator } from '../marks/annotate';
import type { PaperService } from '../papers/service';
import type { RulesService } from '../rules-store/service';
import { type Handlers, MessageError } from './router';

// Promise<never> fits every handler's answer type.
const notYet = async (): Promise<never> => {
  throw new MessageError('not implemented yet');
};

export interface Services {
  db: DbProvider;
  papers: PaperService;
  library: LibraryService;
  rules: RulesService;
}

export function createHandlers({ db, papers, library, rules }: Services): Handlers {
  const annotate = createAnnotator({ db, papers, listRules: () => rules.list() });
  return {
    'papers/get': ({ ids, extras, arxiv }) => papers.getPapers(ids, { extras, arxiv }),
    'papers/putEmbedded': ({ items }) => papers.putEmbeddedPapers(items),
    'papers/annotate': ({ ids }) => annotate(ids),
    'papers/bibtex': ({ id }) => paperBibtex({ db, papers }, id),
    'library/save': ({ id, tags, note }) => library.save(id, { tags, note }),
    'library/update': ({ id, tags, note, read }) => library.update(id, { tags, note, read }),
    'library/remove': ({ ids }) => library.remove(ids),
    'library/restore': ({ saved }) => library.restore(saved),
    'library/list': ({ offset, limit, query, tag, sort }) => library.list({ offset, limit, query, tag, sort }),
    'library/export': ({ format, ids, tag }) => library.export({ format, ids, tag }),
    'library/import': ({ text, format }) => library.import(text, format),
    'library/tags': () => library.tags(),
    'rules/add': ({ query, label, color, enabled }) => rules.add({ query, label, color, enabled }),
    'rules/update': ({ id, query, label, color, enabled }) => rules.update(id, { query, label, color, enabled }),
    'rules/remove': ({ id }) => rules.remove(id),
    'rules/list': () => rules.list(),
    'rules/preview': ({ query, limit }) => rules.preview(query, limit),
    // The alerts issue replaces these.
    'alerts/list': notYet,
    'alerts/check': notYet,
    'alerts/markSeen': notYet,
    'alerts/dismiss': notYet,
    'data/clear': () => library.clear(),
  };
}
