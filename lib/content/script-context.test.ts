// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './script-context';

describe('content script context', () => {
  it('dispatches nothing until a clean-up is registered', () => {
    const seen = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('page');
    expect(seen).not.toHaveBeenCalled();
    ctx.onInvalidated(() => {});
    // (happy-dom re-enters dispatchEvent for the same event on its way up.)
    const events = new Set(seen.mock.calls.map(([e]) => e));
    expect([...events].map((e) => e.type)).toEqual([expect.stringMatching(/:started$/)]);
    ctx.notifyInvalidated();
  });

  it('an older copy stops when a newer one starts; the newer one keeps running', () => {
    const older = new ContentScriptContext('page');
    const olderStopped = vi.fn();
    older.onInvalidated(olderStopped);
    const newer = new ContentScriptContext('page');
    const newerStopped = vi.fn();
    newer.onInvalidated(newerStopped);
    expect(olderStopped).toHaveBeenCalledTimes(1);
    expect(older.isInvalid).toBe(true);
    expect(newerStopped).not.toHaveBeenCalled();
    expect(newer.isValid).toBe(true);
    newer.notifyInvalidated();
  });

  it('another content script of the extension does not stop this one; a failing clean-up does not stop the others', () => {
    const page = new ContentScriptContext('page');
    const stopped = vi.fn();
    page.onInvalidated(() => {
      throw new Error('boom');
    });
    page.onInvalidated(stopped);
    const other = new ContentScriptContext('other');
    other.onInvalidated(() => {});
    expect(stopped).not.toHaveBeenCalled();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    page.notifyInvalidated();
    expect(stopped).toHaveBeenCalledTimes(1);
    other.notifyInvalidated();
  });
});
