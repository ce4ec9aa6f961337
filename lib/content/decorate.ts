/**
 * Chips of matched rules and the save toggle next to a paper (DESIGN §6: both in closed shadow
 * roots). Cards, listing entries and paper pages get a toggle and, when matched, chips; plain links
 * and text mentions get chips only when matched (saving from them is the overlay's and the menu's).
 */
import type { Detection } from '../detect/types';
import type { PaperMark } from '../messaging/types';
import { h, shadowHost } from './dom';
import { wantsToggle } from './surfaces';

const CSS = `:host{all:initial}
div{display:inline-flex;flex-wrap:wrap;gap:4px;align-items:center;margin:0 4px;vertical-align:middle;font:600 11px/1.5 system-ui,sans-serif}
span{border-radius:999px;padding:0 7px;color:#fff;background:var(--c,#bf8700)}
button{font:inherit;border:1px solid #d0d7de;border-radius:999px;padding:0 8px;background:#f6f8fa;color:#1f2328;cursor:pointer}
button[aria-pressed=true]{background:#dafbe1;border-color:#2da44e}
@media (prefers-color-scheme:dark){button{background:#21262d;color:#e6edf3;border-color:#30363d}button[aria-pressed=true]{background:#1f3d2a;border-color:#2ea043}}`;

interface Deco {
  host: HTMLElement;
  box: HTMLDivElement;
}

const decos = new WeakMap<Element, Deco>();

function place(d: Detection, host: HTMLElement) {
  const el = d.element;
  if (d.surface === 'arxiv-search') (el.querySelector('p.list-title') ?? el).append(host);
  else if (d.surface === 'hf-card' || d.surface === 'arxiv-listing') el.append(host);
  // Headings, links and mentions keep their own text: the host goes after them.
  else el.after(host);
}

export interface DecorateOptions {
  toggles: boolean;
  onToggle(id: string, saved: boolean): void;
}

export function decorate(d: Detection, mark: PaperMark | undefined, labels: readonly string[], opts: DecorateOptions): void {
  // An arXiv listing entry is a dt and its dd: one set of chips, on the dt (both are highlighted).
  if (d.surface === 'arxiv-listing' && d.element.localName !== 'dt') labels = [];
  const toggle = opts.toggles && wantsToggle(d);
  let deco = decos.get(d.element);
  if (!toggle && labels.length === 0) {
    deco?.host.remove();
    return;
  }
  if (!deco) {
    const { host, root } = shadowHost('paper-radar-chips', CSS, 'display:inline-block;margin:0;padding:0;border:0;');
    const box = h('div');
    root.append(box);
    for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, (e) => e.stopPropagation());
    decos.set(d.element, (deco = { host, box }));
  }
  if (!deco.host.isConnected) place(d, deco.host);
  const saved = mark?.saved ?? false;
  deco.box.replaceChildren(
    ...labels.map((l) => h('span', { style: mark?.color ? `--c:${mark.color}` : undefined, title: 'Matches your rule' }, l)),
    ...(toggle
      ? [
          h(
            'button',
            {
              type: 'button',
              'aria-pressed': String(saved),
              'aria-label': saved ? 'Saved to Paper Radar; click to remove' : 'Save to Paper Radar',
              onclick: (e: Event) => {
                e.preventDefault();
                e.stopPropagation();
                opts.onToggle(d.id, saved);
              },
            },
            saved ? '★ Saved' : '☆ Save',
          ),
        ]
      : []),
  );
}

export function undecorate(el: Element): void {
  decos.get(el)?.host.remove();
  decos.delete(el);
}
