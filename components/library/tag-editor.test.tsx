// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TagEditor } from './tag-editor';
import { button, press, typeInto } from './test-support';

afterEach(() => act(() => render(null, document.body)));

function mount(initial: string[]) {
  const changes: string[][] = [];
  let tags = initial;
  const draw = () =>
    render(
      <TagEditor
        id="t"
        tags={tags}
        suggestions={[{ tag: 'pde', count: 3 }, { tag: 'optimization', count: 1 }]}
        onChange={(next) => {
          changes.push(next);
          tags = next;
          draw();
        }}
      />,
      document.body,
    );
  draw();
  return { changes, input: () => document.querySelector<HTMLInputElement>('#t')! };
}

describe('TagEditor', () => {
  it('adds on Enter and on a comma (trimmed, spaces collapsed, no repeats), removes with × or Backspace', async () => {
    const { changes, input } = mount(['pde']);
    await act(() => typeInto(input(), '  reading   group '));
    await act(() => press(input(), 'Enter'));
    await act(() => typeInto(input(), 'pde, new,'));
    expect(changes).toEqual([
      ['pde', 'reading group'],
      ['pde', 'reading group', 'new'],
    ]);
    expect(input().value).toBe('');
    await act(() => button('Remove tag pde').click());
    await act(() => press(input(), 'Backspace'));
    expect(changes.slice(2)).toEqual([['reading group', 'new'], ['reading group']]);
  });

  it('suggests the library’s tags it does not have yet', async () => {
    mount(['pde']);
    expect([...document.querySelectorAll('datalist#t-suggestions option')].map((o) => o.getAttribute('value'))).toEqual(['optimization']);
    expect(document.querySelector('#t')!.getAttribute('list')).toBe('t-suggestions');
  });
});
