/**
 * Keyword rules as stored (DESIGN §3 `rules`) and the `rules/*` messages. The language itself (parsing,
 * matching) is lib/rules; this is only keeping the user's rules.
 *
 * - Ids are random UUIDs: unguessable, and unique across devices, so rules from a backup never collide
 *   with rules made here.
 * - `createdAt` is strictly increasing (one past the newest rule when the clock has not moved or went
 *   back), so "creation order", the order labels appear in `data-paper-radar-match`, is total and
 *   survives export and import.
 * - An absent or empty label stores none (the rule is labelled by its query); on update, an empty
 *   label or colour removes it. `enabled` defaults to true.
 * - Removing a rule that is not there is not an error (two windows may both remove it): `removed`
 *   says whether one was.
 * Every change is announced (`rules/changed`) once committed, so highlights follow at once.
 */
import type { Broadcaster } from '../background/broadcast';
import type { DbProvider } from '../db/connection';
import { MessageError } from '../messaging/router';
import type { Rule } from '../papers/schema';
import { writeTx } from '../library/tx';
import type { RulePreview } from '../messaging/types';
import { previewQuery } from './preview';
import { checkColor, checkLabel, checkQuery } from './validate';

export interface RuleFields {
  query?: string;
  label?: string;
  color?: string;
  enabled?: boolean;
}

export interface RulesService {
  add(fields: RuleFields & { query: string }): Promise<{ rule: Rule }>;
  update(id: string, fields: RuleFields): Promise<{ rule: Rule }>;
  remove(id: string): Promise<{ removed: boolean }>;
  list(): Promise<{ rules: Rule[] }>;
  /** `rules/preview`: the cached papers `query` matches, newest first (lib/rules-store/preview.ts). */
  preview(query: string, limit?: number): Promise<RulePreview>;
}

export interface RulesDeps {
  db: DbProvider;
  now: () => number;
  broadcast: Broadcaster;
  newId?: () => string;
  log?: (message: string) => void;
}

export const creationOrder = (a: Rule, b: Rule) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `rule` with `key` set to `value`, or without `key` when `value` is undefined. */
function withField(rule: Rule, key: 'label' | 'color', value: string | undefined): Rule {
  const next: Rule = { ...rule };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function createRulesService(deps: RulesDeps): RulesService {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const changed = () => void deps.broadcast.rulesChanged();

  return {
    async add(fields) {
      const query = checkQuery(fields.query);
      const label = checkLabel(fields.label);
      const color = checkColor(fields.color);
      const rule = await writeTx(
        deps.db,
        ['rules'],
        async (tx) => {
          const newest = (await tx.objectStore('rules').getAll()).reduce((max: number, r: Rule) => Math.max(max, r.createdAt), -Infinity);
          let rule: Rule = { id: newId(), query, enabled: fields.enabled ?? true, createdAt: Math.max(deps.now(), newest + 1) };
          rule = withField(withField(rule, 'label', label), 'color', color);
          await tx.objectStore('rules').put(rule);
          return rule;
        },
        'the rule was not saved',
        deps.log,
      );
      changed();
      return { rule };
    },

    async update(id, fields) {
      const query = fields.query === undefined ? undefined : checkQuery(fields.query);
      const label = fields.label === undefined ? undefined : checkLabel(fields.label);
      const color = fields.color === undefined ? undefined : checkColor(fields.color);
      const rule = await writeTx(
        deps.db,
        ['rules'],
        async (tx) => {
          const current = await tx.objectStore('rules').get(id);
          if (!current) throw new MessageError(`no rule with id ${JSON.stringify(id)}`);
          let next: Rule = { ...current };
          if (query !== undefined) next.query = query;
          if (fields.enabled !== undefined) next.enabled = fields.enabled;
          if (fields.label !== undefined) next = withField(next, 'label', label);
          if (fields.color !== undefined) next = withField(next, 'color', color);
          await tx.objectStore('rules').put(next);
          return next;
        },
        'the change to the rule was not saved',
        deps.log,
      );
      changed();
      return { rule };
    },

    async remove(id) {
      const removed = await writeTx(
        deps.db,
        ['rules'],
        async (tx) => {
          const had = (await tx.objectStore('rules').getKey(id)) !== undefined;
          if (had) await tx.objectStore('rules').delete(id);
          return had;
        },
        'the rule was not removed',
        deps.log,
      );
      if (removed) changed();
      return { removed };
    },

    async list() {
      const rules = await (await deps.db.get()).getAll('rules');
      return { rules: rules.sort(creationOrder) };
    },

    preview: (query, limit) => previewQuery(deps.db, query, { limit }),
  };
}
