/**
 * An undo offer that lapses: `offer(value)` keeps the value for `ms`, `take()` hands it over once (to
 * undo) and ends the offer, a later offer replaces the earlier one. `onChange` tells the UI what is on
 * offer (undefined when nothing is). What lapses is only the offer; nothing is deleted then, since the
 * background already removed the papers when the user asked.
 */
export const UNDO_MS = 8_000;

export interface UndoOffer<T> {
  offer(value: T): void;
  take(): T | undefined;
  dismiss(): void;
  readonly current: T | undefined;
}

export function createUndoOffer<T>(onChange: (value: T | undefined) => void, ms = UNDO_MS): UndoOffer<T> {
  let current: T | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (value: T | undefined) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = value === undefined ? undefined : setTimeout(() => set(undefined), ms);
    current = value;
    onChange(value);
  };
  return {
    offer: (value) => set(value),
    take() {
      const value = current;
      if (value !== undefined) set(undefined);
      return value;
    },
    dismiss: () => {
      if (current !== undefined) set(undefined);
    },
    get current() {
      return current;
    },
  };
}
