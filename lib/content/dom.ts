/**
 * The one way content-script UI builds DOM: elements, attributes and text nodes only. Remote text
 * (titles, abstracts, names) can only ever become a text node here; there is no HTML path.
 */
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) if (c) parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
}

/**
 * A host element for our UI with a closed shadow root. Inline `!important` declarations beat any
 * page rule (`* { all: unset !important }` included), so the page cannot restyle or hide the host.
 */
export function shadowHost(tag: string, css: string, hostStyle: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('style', hostStyle.replace(/;/g, ' !important;'));
  const root = host.attachShadow({ mode: 'closed' });
  root.appendChild(h('style', null, css));
  return { host, root };
}
