import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN, placeOverlay, type Box } from './position';

const viewport = { width: 1280, height: 800 };
const card = { width: 420, height: 300 };
const link = (left: number, top: number, width = 120, height = 18): Box => ({ left, top, width, height });

/** Where the card ends up on screen: its height is its own or the cap, whichever is smaller. */
function rendered(anchor: Box, size: { width: number; height: number }, vp: { width: number; height: number }) {
  const p = placeOverlay(anchor, size, vp);
  const height = Math.min(size.height, p.maxHeight);
  return { ...p, right: p.left + p.width, bottom: p.top + height, height };
}

describe('placeOverlay', () => {
  it('goes just below the anchor, left-aligned with it, when it fits', () => {
    const p = rendered(link(100, 200), card, viewport);
    expect(p.left).toBe(100);
    expect(p.top).toBeGreaterThan(218);
    expect(p.top).toBeLessThan(218 + 20);
    expect(p.width).toBe(420);
    expect(p.height).toBe(300);
  });

  it('flips above an anchor near the bottom, ending just above it', () => {
    const anchor = link(100, 700);
    const p = rendered(anchor, card, viewport);
    expect(p.bottom).toBeLessThanOrEqual(700);
    expect(p.bottom).toBeGreaterThan(700 - 20);
    expect(p.height).toBe(300);
  });

  it('moves left to stay inside the viewport near its right edge', () => {
    const p = rendered(link(1200, 100), card, viewport);
    expect(p.right).toBe(viewport.width - MARGIN);
  });

  it('shrinks to a narrow viewport, margins on both sides', () => {
    const narrow = { width: 360, height: 640 };
    const p = rendered(link(300, 100), card, narrow);
    expect(p.left).toBe(MARGIN);
    expect(p.width).toBe(360 - 2 * MARGIN);
    expect(rendered(link(-40, 100), card, narrow).left).toBe(MARGIN);
  });

  it('caps the height on the roomier side when neither side fits', () => {
    const tall = { width: 420, height: 2000 };
    const below = rendered(link(100, 250), tall, viewport);
    expect(below.top).toBeGreaterThan(268);
    expect(below.bottom).toBe(viewport.height - MARGIN);
    const above = rendered(link(100, 550), tall, viewport);
    expect(above.top).toBe(MARGIN);
    expect(above.bottom).toBeLessThanOrEqual(550);
  });

  it('never covers the anchor while one side has room', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 780 }), fc.integer({ min: 50, max: 700 }), (top, h) => {
        const anchor = link(100, top);
        const p = rendered(anchor, { width: 420, height: h }, viewport);
        const roomBelow = viewport.height - (top + 18) - 6 - MARGIN;
        const roomAbove = top - 6 - MARGIN;
        if (h > roomBelow && h > roomAbove) return;
        expect(p.height).toBe(h);
        expect(p.top >= top + 18 || p.bottom <= top).toBe(true);
      }),
    );
  });

  /** A viewport and an anchor inside it, or (slack > 0) sticking out of it by up to `slack` pixels. */
  const scene = (slack: number) =>
    fc
      .record({ vw: fc.integer({ min: 240, max: 3840 }), vh: fc.integer({ min: 120, max: 2160 }) })
      .chain(({ vw, vh }) =>
        fc.record({
          vp: fc.constant({ width: vw, height: vh }),
          anchor: fc
            .record({ left: fc.integer({ min: -slack, max: vw }), top: fc.integer({ min: -slack, max: vh }) })
            .chain(({ left, top }) =>
              fc.record({
                left: fc.constant(left),
                top: fc.constant(top),
                width: fc.integer({ min: 0, max: vw - left + slack }),
                height: fc.integer({ min: 0, max: vh - top + slack }),
              }),
            ),
          size: fc.record({ width: fc.integer({ min: 100, max: 800 }), height: fc.integer({ min: 20, max: 3000 }) }),
        }),
      );

  it.each([
    ['inside the viewport', 0],
    ['partly scrolled out of it', 300],
  ])('stays inside the viewport margins for any anchor %s', (_, slack) => {
    fc.assert(
      fc.property(scene(slack), ({ vp, anchor, size }) => {
        const p = rendered(anchor, size, vp);
        expect(p.left).toBeGreaterThanOrEqual(MARGIN);
        expect(p.right).toBeLessThanOrEqual(vp.width - MARGIN);
        expect(p.top).toBeGreaterThanOrEqual(MARGIN);
        expect(p.bottom).toBeLessThanOrEqual(vp.height - MARGIN);
        expect(p.height).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
