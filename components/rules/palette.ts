/**
 * The colours a rule can have: a small palette of mid-tone hues that stay distinct from one another,
 * read on white and on a dark page alike, and each has a name (what a screen reader announces and what
 * a user who cannot tell two hues apart reads). A colour stored by an older version or a backup that
 * is not in the palette is still shown and kept.
 */
export const PALETTE: readonly { color: string; name: string }[] = [
  { color: '#d93025', name: 'Red' },
  { color: '#e8710a', name: 'Orange' },
  { color: '#c49000', name: 'Amber' },
  { color: '#188038', name: 'Green' },
  { color: '#007b83', name: 'Teal' },
  { color: '#1a73e8', name: 'Blue' },
  { color: '#9334e6', name: 'Purple' },
  { color: '#d01884', name: 'Pink' },
];

export function colourName(color: string | undefined): string {
  if (!color) return 'No colour';
  return PALETTE.find((p) => p.color.toLowerCase() === color.toLowerCase())?.name ?? color;
}
