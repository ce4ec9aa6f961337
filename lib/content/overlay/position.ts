/**
 * Where the overlay goes: below its anchor when it fits, else above, else where there is more room
 * (then with a capped height); always inside the viewport with a margin. Pure, in viewport pixels.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const MARGIN = 8;
const GAP = 6;

export function placeOverlay(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const room = viewport.height - 2 * MARGIN;
  const below = Math.min(room, viewport.height - (anchor.top + anchor.height) - GAP - MARGIN);
  const above = Math.min(room, anchor.top - GAP - MARGIN);
  // At least a usable height, even if the card must then overlap a tall anchor to stay on screen.
  const floor = Math.min(80, room);
  let top: number;
  let maxHeight: number;
  if (size.height <= below || below >= above) {
    maxHeight = Math.max(below, floor);
    top = anchor.top + anchor.height + GAP;
  } else {
    maxHeight = Math.max(above, floor);
    top = anchor.top - GAP - Math.min(size.height, maxHeight);
  }
  top = Math.min(Math.max(top, MARGIN), viewport.height - MARGIN - Math.min(size.height, maxHeight));
  const left = Math.min(Math.max(anchor.left, MARGIN), viewport.width - MARGIN - width);
  return { left: Math.max(MARGIN, left), top, width, maxHeight };
}
