import { colourName, PALETTE } from './palette';

interface Props {
  /** Stored colour, or '' for none. */
  value: string;
  onChange(color: string): void;
  /** Prefix for the radio group's name (one per editor). */
  name: string;
}

/** A radio group of named swatches: arrow keys move between them, as in any radio group. */
export function ColourChoice({ value, onChange, name }: Props) {
  const known = value === '' || PALETTE.some((p) => p.color.toLowerCase() === value.toLowerCase());
  const options = [{ color: '', name: 'None' }, ...PALETTE, ...(known ? [] : [{ color: value, name: colourName(value) }])];
  return (
    <fieldset class="pr-colours">
      <legend>Colour</legend>
      {options.map((o) => (
        <label key={o.color || 'none'} class="pr-colour" title={o.name}>
          <input
            type="radio"
            name={`${name}-colour`}
            value={o.color}
            checked={o.color.toLowerCase() === value.toLowerCase()}
            onChange={() => onChange(o.color)}
            aria-label={o.name}
          />
          <span class={o.color ? 'pr-swatch' : 'pr-swatch pr-swatch-none'} style={o.color ? { background: o.color } : undefined} aria-hidden="true" />
        </label>
      ))}
    </fieldset>
  );
}
