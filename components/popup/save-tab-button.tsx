/**
 * "Save this tab" (issue #4): saves the paper the active tab shows, from its URL, including PDF tabs
 * where no content script runs. The popup's `activeTab` grant is what lets it read that URL. Disabled,
 * with the reason in plain words, when the tab is not a paper.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/send';
import { paperOfTab, type TabPaper } from '../../lib/ui/tab-paper';

export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}

type State = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: string };

export function SaveTabButton({ tabUrl = activeTabUrl }: { tabUrl?: () => Promise<string | undefined> }) {
  const [paper, setPaper] = useState<TabPaper | undefined>();
  const [state, setState] = useState<State>({ phase: 'idle' });
  useEffect(() => void tabUrl().then((url) => setPaper(paperOfTab(url))), []);

  if (!paper) return null;
  const id = 'id' in paper ? paper.id : undefined;
  const save = async () => {
    if (!id) return;
    setState({ phase: 'saving' });
    const answer = await sendMessage({ type: 'library/save', id });
    setState(answer.ok ? { phase: 'saved' } : { phase: 'failed', error: answer.error });
  };
  const label = state.phase === 'saving' ? 'Saving…' : state.phase === 'saved' ? 'Saved ✓' : 'Save this tab';
  return (
    <div class="save-tab">
      <button
        type="button"
        class="primary"
        disabled={!id || state.phase === 'saving'}
        aria-describedby="save-tab-why"
        onClick={() => void save()}
      >
        {label}
      </button>
      <span id="save-tab-why" class={state.phase === 'failed' ? 'status-error' : 'save-tab-why'} role={state.phase === 'failed' ? 'alert' : undefined}>
        {state.phase === 'failed' ? state.error : 'reason' in paper ? paper.reason : `arXiv:${id}`}
      </span>
    </div>
  );
}
