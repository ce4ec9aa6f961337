import { describe, expect, it } from 'vitest';
import { paperOfTab } from './tab-paper';

describe('paperOfTab', () => {
  it.each([
    ['https://arxiv.org/abs/2401.12345v2', '2401.12345', 2],
    ['https://arxiv.org/pdf/2401.12345', '2401.12345', null],
    ['https://arxiv.org/pdf/2401.12345v3.pdf', '2401.12345', 3],
    ['https://arxiv.org/html/2401.12345v1/', '2401.12345', 1],
    ['https://export.arxiv.org/abs/hep-th/9901001', 'hep-th/9901001', null],
    ['https://huggingface.co/papers/2502.00001#community', '2502.00001', null],
    ['https://arxiv.org/pdf/math.GT/0309136v1', 'math/0309136', 1],
    ['about:reader?url=https%3A%2F%2Farxiv.org%2Fabs%2F2401.12345', '2401.12345', null],
    ['view-source:https://arxiv.org/abs/2401.12345', '2401.12345', null],
  ])('%s is paper %s', (url, id, version) => {
    expect(paperOfTab(url)).toEqual({ id, version });
  });

  it.each([
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/a/lovelace_a_1',
    'https://huggingface.co/papers',
    'https://www.example.org/2401.12345',
    'chrome://extensions/',
    'about:reader?url=%E0%A4%A',
  ])('%s is not a paper, and says so', (url) => {
    expect(paperOfTab(url)).toEqual({ reason: 'This tab is not an arXiv or Hugging Face paper.' });
  });

  it('says when the address is not visible', () => {
    expect(paperOfTab(undefined)).toEqual({ reason: expect.stringMatching(/cannot see/) });
  });
});
