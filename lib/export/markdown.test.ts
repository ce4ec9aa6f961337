import { describe, expect, it } from 'vitest';
import { expectGolden } from './__fixtures__/golden';
import { DASH_TITLE, FORMULA, HF_ONLY, NOW, OLD_ID, T0, TEX, VASWANI, fixtureLibrary, saved } from './__fixtures__/library';
import { exportLibrary } from './index';
import { escapeMarkdown, markdownLine, toMarkdown } from './markdown';

describe('Markdown export', () => {
  it('writes "- [Title](abs URL) — First Author et al. (year)"', () => {
    expect(markdownLine(saved(VASWANI, T0))).toBe('- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — Ashish Vaswani et al. (2023)');
  });

  it('names a single author alone, and leaves out what is unknown', () => {
    expect(markdownLine(saved(DASH_TITLE, T0))).toBe('- [-Net: A Network Whose Name Starts With a Dash](https://arxiv.org/abs/2405.54321) — Ana Lima (2024)');
    expect(markdownLine(saved(HF_ONLY, T0))).toBe('- [The Untitled](https://arxiv.org/abs/2402.00002)');
  });

  it('links old ids', () => {
    expect(markdownLine(saved(OLD_ID, T0))).toContain('](https://arxiv.org/abs/hep-th/9901001) — Juan M. Maldacena et al. (1999)');
  });

  it('escapes Markdown specials in titles so they show as text', () => {
    expect(markdownLine(saved(FORMULA, T0))).toBe(
      '- [=HYPERLINK\\("http://evil.example","click"\\) \\[Brackets\\] \\*and\\* \\_under\\_ \\`code\\` \\<b\\>tag\\</b\\> \\& co](https://arxiv.org/abs/2405.12345) — @Handle Person et al. (2024)',
    );
    expect(markdownLine(saved(TEX, T0))).toContain('[Sorting in \\$O\\(n^2\\)\\$ Time via H\\\\"older Inequalities and \\\\emph{Sparse}');
    expect(escapeMarkdown('a\\b|c~d#e!f')).toBe('a\\\\b\\|c\\~d\\#e\\!f');
  });

  it('ends each line with LF', () => {
    const text = toMarkdown([saved(VASWANI, T0), saved(HF_ONLY, T0)]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith(')\n')).toBe(true);
  });

  it('matches the golden file for the fixture library', () => {
    expectGolden('library.md', exportLibrary('markdown', { saved: fixtureLibrary(), now: NOW }).text);
  });
});
