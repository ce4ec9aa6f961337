import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AlertView } from '../../lib/messaging/types';
import { type AlertGroup, groupAlerts, SAVED_VERSION } from '../rules/group-alerts';
import { everyField, PaperSummary } from '../rules/paper-summary';
import { QuickAdd } from '../rules/quick-add';
import { defaultSend, failure, type Send } from '../rules/send';
import { type MessageEventsLike, type Notice, useNotices } from '../rules/use-notices';
import '../rules/rules.css';

interface Props {
  send?: Send;
  messages?: MessageEventsLike;
}

/** Popup: quick keyword add, then the unseen alerts grouped by rule, each with Save and Dismiss. */
export function AlertsSection({ send = defaultSend, messages }: Props) {
  const [alerts, setAlerts] = useState<AlertView[]>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  // Saving may wait for arXiv (the library keeps its metadata), seconds under its rate limit.
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());

  const load = useCallback(async () => {
    const answer = await send({ type: 'alerts/list' });
    if (answer.ok) {
      setAlerts(answer.alerts);
      setError(undefined);
    } else setError(answer.error);
  }, [send]);
  useEffect(() => void load(), [load]);
  useNotices(
    ['alerts/changed', 'rules/changed', 'library/changed'],
    (notice: Notice) => {
      if (notice.type === 'library/changed') {
        const ids = Array.isArray(notice.ids) ? notice.ids : [];
        setSaved((s) => {
          const next = new Set(s);
          for (const id of ids) notice.saved ? next.add(id) : next.delete(id);
          return next;
        });
      } else void load();
    },
    messages,
  );

  const groups = alerts ? groupAlerts(alerts) : [];
  const shown = groups.flatMap((g) => g.alerts.map((a) => a.paperId));

  const act = async (request: Parameters<Send>[0], after?: () => void) => {
    const answer = await send(request);
    if (!answer.ok) return setError(failure(answer));
    after?.();
    void load();
  };
  const dismiss = (ids: string[]) => {
    // Gone at once; the reload confirms.
    setAlerts((list) => list?.filter((a) => !ids.includes(a.paperId)));
    void act({ type: 'alerts/dismiss', paperIds: ids });
  };
  const save = async (id: string) => {
    setSaving((s) => new Set(s).add(id));
    await act({ type: 'library/save', id }, () => setSaved((s) => new Set(s).add(id)));
    setSaving((s) => new Set([...s].filter((x) => x !== id)));
  };

  return (
    <section class="pr-section pr-alerts" aria-labelledby="pr-alerts-title">
      <QuickAdd send={send} />
      <div class="pr-alerts-head">
        <h2 id="pr-alerts-title">New papers{shown.length > 0 ? ` (${shown.length})` : ''}</h2>
        {shown.length > 0 && (
          <button type="button" onClick={() => void act({ type: 'alerts/markSeen', paperIds: shown }, () => setAlerts([]))}>
            Mark all seen
          </button>
        )}
      </div>
      {error && <p class="pr-error" role="alert">{error}</p>}
      {alerts && shown.length === 0 && !error && <p class="pr-muted">No new papers match your rules.</p>}
      {groups.map((group) => (
        <Group key={group.key} group={group} saved={saved} saving={saving} onSave={(id) => void save(id)} onDismiss={(id) => dismiss([id])} />
      ))}
    </section>
  );
}

interface GroupProps {
  group: AlertGroup;
  saved: ReadonlySet<string>;
  saving: ReadonlySet<string>;
  onSave(id: string): void;
  onDismiss(id: string): void;
}

function Group({ group, saved, saving, onSave, onDismiss }: GroupProps) {
  const headingId = `pr-alert-group-${group.key || 'none'}`;
  return (
    <section class="pr-alert-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.color && <span class="pr-swatch" style={{ background: group.color }} aria-hidden="true" />}
        {group.title} <span class="pr-muted">({group.alerts.length})</span>
      </h3>
      <ul class="pr-alert-list">
        {group.alerts.map((alert) => {
          const paper = alert.paper ?? { id: alert.paperId, title: alert.paperId, authors: [], abstract: '' };
          const isSaved = saved.has(alert.paperId);
          const isSaving = saving.has(alert.paperId);
          const others = alert.rules.slice(1).map((r) => r.label);
          return (
            <li key={alert.paperId} class="pr-alert">
              <PaperSummary paper={paper} terms={everyField(alert.terms)} snippet={200} />
              {alert.source === SAVED_VERSION && alert.version !== undefined && <p class="pr-muted">Now at version {alert.version}.</p>}
              {others.length > 0 && <p class="pr-muted">Also matches: {others.join(', ')}</p>}
              <div class="pr-actions">
                <button
                  type="button"
                  onClick={() => onSave(alert.paperId)}
                  disabled={isSaved || isSaving}
                  aria-label={`${isSaved ? 'Saved' : isSaving ? 'Saving' : 'Save'}: ${paper.title}`}
                >
                  {isSaved ? 'Saved' : isSaving ? 'Saving…' : 'Save'}
                </button>
                <button type="button" onClick={() => onDismiss(alert.paperId)} aria-label={`Dismiss: ${paper.title}`}>
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
