/** Small DOM helpers shared by the detectors; realm-free (no `instanceof`, no globals). */

export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** `querySelectorAll` that also considers `root` itself, since scans start at added subtrees. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  if (isElement(root) && root.matches(selector)) out.push(root);
  const found = root.querySelectorAll(selector);
  for (let i = 0; i < found.length; i++) out.push(found[i]!);
  return out;
}

export function ownerDocument(root: ParentNode): Document {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument!;
}

/** True when `el` lies in `root` (or is it). */
export function within(root: ParentNode, el: Element): boolean {
  return (root as Node) === el || (root as Node).contains(el);
}

/** The resolved href of a link; SVG links have an object there, not a string. */
export function linkHref(a: Element): string | null {
  const href = (a as HTMLAnchorElement).href;
  return typeof href === 'string' && href ? href : null;
}

/** Paper Radar's own elements (overlay, chips, toggles): never page content to scan or to hover. */
export function isOurs(el: Element): boolean {
  return el.localName.startsWith('paper-radar-');
}
