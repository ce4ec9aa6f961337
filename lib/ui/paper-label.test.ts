import { describe, expect, it } from 'vitest';
import { firstAuthorOf, titleOf, yearOf } from './paper-label';

describe('paper labels', () => {
  it('title: whitespace collapsed; the id while arXiv has not described the paper', () => {
    expect(titleOf({ id: '2401.00001', title: ' Sharp\n  rates ' })).toBe('Sharp rates');
    expect(titleOf({ id: '2401.00001', title: '' })).toBe('arXiv:2401.00001');
  });
  it('first author, with the second or "et al."', () => {
    expect(firstAuthorOf({ authors: [] })).toBe('');
    expect(firstAuthorOf({ authors: ['Ada Lovelace'] })).toBe('Ada Lovelace');
    expect(firstAuthorOf({ authors: ['Ada Lovelace', 'Alan Turing'] })).toBe('Ada Lovelace and Alan Turing');
    expect(firstAuthorOf({ authors: ['Ada Lovelace', 'Alan Turing', 'Emmy Noether'] })).toBe('Ada Lovelace et al.');
  });
  it('year of v1, read off the ISO date (no time zone can move it)', () => {
    expect(yearOf({ published: '2023-12-31T23:30:00-05:00', updated: '2024-02-01T00:00:00Z' })).toBe('2023');
    expect(yearOf({ updated: '2024-02-01T00:00:00Z' })).toBe('2024');
    expect(yearOf({})).toBe('');
  });
});
