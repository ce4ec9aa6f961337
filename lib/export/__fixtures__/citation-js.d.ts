// Types for the part of @citation-js/core (a test-only dependency, without its own types) the export
// tests use: parse input of any registered format into CSL-JSON items, and format them.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
