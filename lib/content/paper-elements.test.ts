import { describe, expect, it } from 'vitest';
import type { Detection } from '../detect/types';
import { createPaperElements } from './paper-elements';

const fakeEl = () => ({ isConnected: true }) as unknown as Element;
const link = (id: string, element = fakeEl()): Detection => ({ element, id, version: null, surface: 'link' });
const shown = (els: ReturnType<typeof createPaperElements>, id: string) => {
  const out: Element[] = [];
  els.each(id, (el) => out.push(el));
  return out;
};

describe('paper elements', () => {
  it('keeps detections as they come until something must reach them, then indexes them all', () => {
    const els = createPaperElements();
    const [a, b, c] = [link('2401.00001'), link('2401.00002'), link('2401.00001')];
    els.add([a, b]);
    els.add([c]);
    expect(els.indexed).toBe(false);
    expect(shown(els, '2401.00001')).toEqual([a.element, c.element]);
    expect(els.indexed).toBe(true);
    expect([...els.ids()]).toEqual(['2401.00001', '2401.00002']);
    // From then on, new detections are indexed as they come.
    const d = link('2401.00002');
    els.add([d]);
    expect(shown(els, '2401.00002')).toEqual([b.element, d.element]);
  });

  it('lists an element under its latest paper only, also when both detections came before the index', () => {
    const els = createPaperElements();
    const el = fakeEl();
    els.add([link('2401.00001', el)]);
    els.add([link('2401.00002', el), link('2401.00002', el)]);
    expect(shown(els, '2401.00001')).toEqual([]);
    expect(shown(els, '2401.00002')).toEqual([el]);
  });

  it('leaves out removed elements and elements that left the page', () => {
    const els = createPaperElements();
    const [a, b, c] = [link('2401.00001'), link('2401.00001'), link('2401.00001')];
    els.add([a, b, c]);
    els.remove([b.element]);
    expect(els.indexed).toBe(true);
    (c.element as { isConnected: boolean }).isConnected = false;
    expect(shown(els, '2401.00001')).toEqual([a.element]);
  });

  it('keeps its own copy of what it was given', () => {
    const els = createPaperElements();
    const list = [link('2401.00001')];
    els.add(list);
    list.length = 0;
    expect(shown(els, '2401.00001')).toHaveLength(1);
  });
});
