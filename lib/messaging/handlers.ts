/**
 * The background's handler table. Every message of the protocol is registered so the contract is
 * visible in one place; those whose issue has not landed yet answer "not implemented yet".
 */
import type { PaperService } from '../papers/service';
import { type Handlers, MessageError } from './router';

// Promise<never> fits every handler's answer type.
const notYet = async (): Promise<never> => {
  throw new MessageError('not implemented yet');
};

export function createHandlers(services: { papers: PaperService }): Handlers {
  return {
    'papers/get': ({ ids, extras, arxiv }) => services.papers.getPapers(ids, { extras, arxiv }),
    'papers/putEmbedded': ({ items }) => services.papers.putEmbeddedPapers(items),
    // The library, rules and alerts issues replace these.
    'library/save': notYet,
    'library/update': notYet,
    'library/remove': notYet,
    'library/restore': notYet,
    'library/list': notYet,
    'library/export': notYet,
    'library/import': notYet,
    'rules/add': notYet,
    'rules/update': notYet,
    'rules/remove': notYet,
    'rules/list': notYet,
    'alerts/list': notYet,
    'alerts/check': notYet,
    'alerts/markSeen': notYet,
    'data/clear': notYet,
  };
}
