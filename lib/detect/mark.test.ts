// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isInsideMarked, mark, setMatch, setSaved, unmark } from './mark';

function el(html = '<div><p><a href="#">x</a></p></div>') {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
}

describe('mark', () => {
  it('is idempotent and reports only news', () => {
    const e = el();
    expect(mark(e, '2310.06825')).toBe(true);
    expect(mark(e, '2310.06825')).toBe(false);
    expect(e.getAttribute('data-paper-radar-id')).toBe('2310.06825');
  });

  it('moves an element to another paper and forgets the old match and saved state', () => {
    const e = el();
    mark(e, '2310.06825');
    setMatch(e, ['llm']);
    setSaved(e, true);
    expect(mark(e, '1706.03762')).toBe(true);
    expect(e.getAttribute('data-paper-radar-id')).toBe('1706.03762');
    expect(e.hasAttribute('data-paper-radar-match')).toBe(false);
    expect(e.hasAttribute('data-paper-radar-saved')).toBe(false);
  });

  it('keeps match and saved state on a re-mark with the same id', () => {
    const e = el();
    mark(e, '2310.06825');
    setMatch(e, ['llm']);
    setSaved(e, true);
    mark(e, '2310.06825');
    expect(e.getAttribute('data-paper-radar-match')).toBe('llm');
    expect(e.getAttribute('data-paper-radar-saved')).toBe('');
  });

  it('does not read the element when the caller knows it is unmarked', () => {
    const e = el();
    const read = vi.spyOn(e, 'getAttribute');
    expect(mark(e, '2310.06825', true)).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect(e.getAttribute('data-paper-radar-id')).toBe('2310.06825');
  });

  it('unmarks completely', () => {
    const e = el();
    mark(e, '2310.06825');
    setMatch(e, ['a']);
    setSaved(e, true);
    unmark(e);
    expect(e.getAttributeNames()).toEqual([]);
  });
});

describe('setMatch / setSaved', () => {
  it('joins labels in order with commas and removes the attribute when none match', () => {
    const e = el();
    setMatch(e, ['second-order OR hessian', 'au:"de vries"']);
    expect(e.getAttribute('data-paper-radar-match')).toBe('second-order OR hessian,au:"de vries"');
    setMatch(e, []);
    expect(e.hasAttribute('data-paper-radar-match')).toBe(false);
    setMatch(e, ['a,b', '']);
    expect(e.getAttribute('data-paper-radar-match')).toBe('a b');
  });

  it('sets and clears the saved flag', () => {
    const e = el();
    setSaved(e, true);
    expect(e.getAttribute('data-paper-radar-saved')).toBe('');
    setSaved(e, false);
    expect(e.hasAttribute('data-paper-radar-saved')).toBe(false);
  });
});

describe('isInsideMarked', () => {
  it('looks at ancestors only', () => {
    const e = el();
    const a = e.querySelector('a')!;
    mark(a, '2310.06825');
    expect(isInsideMarked(a)).toBe(false);
    mark(e, '2310.06825');
    expect(isInsideMarked(a)).toBe(true);
    expect(isInsideMarked(e)).toBe(false);
  });

  it('sees a marked ancestor of a marked element', () => {
    const e = el('<div><p><a href="#">x</a></p></div>');
    const [p, a] = [e.querySelector('p')!, e.querySelector('a')!];
    mark(a, '2310.06825');
    mark(p, '2310.06825');
    expect(isInsideMarked(a)).toBe(true);
    expect(isInsideMarked(p)).toBe(false);
  });
});
