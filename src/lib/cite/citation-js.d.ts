/*
 * The few parts of citation-js the archive uses: the packages ship no types.
 * Records are CSL-JSON (src/lib/cite/csl.ts).
 */
declare module "@citation-js/core" {
  export interface FormatOptions {
    format?: "text" | "html" | "string" | "object";
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(name: string, options?: FormatOptions): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
