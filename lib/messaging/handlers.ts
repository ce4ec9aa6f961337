/**
 * The background's handler table: every message of the protocol, in one place, handed to the service
 * that owns it. Validation and the sender check happen before (router.ts).
 */
import type { AlertsService } from '../alerts/service';
import type { DbProvider } from '../db/connection';
import { paperBibtex } from '../library/paper-bibtex';
import type { LibraryService } from '../library/service';
import { createAnnotator } from '../marks/annotate';
import type { PaperService } from '../papers/service';
import type { RulesService } from '../rules-store/service';
import type { Handlers } from './router';

export interface Services {
  db: DbProvider;
  papers: PaperService;
  library: LibraryService;
  rules: RulesService;
  alerts: AlertsService;
}

export function createHandlers({ db, papers, library, rules, alerts }: Services): Handlers {
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
    'alerts/list': () => alerts.list(),
    'alerts/check': () => alerts.check(),
    'alerts/markSeen': ({ paperIds }) => alerts.markSeen(paperIds),
    'alerts/dismiss': ({ paperIds }) => alerts.dismiss(paperIds),
    // Clearing deletes the alerts too: the badge must not go on counting them.
    'data/clear': async () => {
      const cleared = await library.clear();
      await alerts.restoreBadge();
      return cleared;
    },
  };
}
