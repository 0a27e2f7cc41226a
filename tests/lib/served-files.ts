import { builtFiles } from "../../scripts/lib/built-site.ts";
import { BAG_FILE } from "../../src/lib/paths.ts";
import {
  BIBTEX_TYPE,
  CSV_TYPE,
  FEED_TYPE,
  JSON_TYPE,
  RIS_TYPE,
  ZIP_TYPE,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  SOURCE_COPY_TYPE,
} from "../../src/lib/build/security-policy.ts";

const HTML = "text/html; charset=utf-8";
/** What nginx's mime.types leaves a name it does not know as. */
const OCTET_STREAM = "application/octet-stream";

/** One address under the base path and what a host must answer. */
export interface ServedFile {
  what: string;
  /** Under the base path. */
  path: string;
  status: number;
  type: string;
  cache: string;
  /**
   * The build names the type in dist/_headers rather than trust a host's
   * guess from the file's name (which gets the source copies' charset and
   * the feed's type wrong).
   */
  typeInHeadersFile?: true;
}

/**
 * A file of each kind a build holds, and what a host must answer for it:
 * the same table for nginx (tests/lib/archive-on-nginx.ts) and for the
 * build's _headers (tests/site/security.test.ts).
 */
export function servedFiles(dir: string): ServedFile[] {
  const files = builtFiles(dir);
  const first = (pattern: RegExp) => {
    const file = files.find((path) => pattern.test(path));
    if (!file) throw new Error(`the build in ${dir} has no file matching ${pattern}`);
    return file;
  };
  const page = (what: string, path: string): ServedFile => ({
    what,
    path,
    status: 200,
    type: HTML,
    cache: REVALIDATE_CACHE,
  });
  const notFound = (what: string, path: string): ServedFile => ({ ...page(what, path), status: 404 });
  const file = (what: string, path: string, type: string): ServedFile => ({ ...page(what, path), type });
  return [
    page("home page", ""),
    page("report page", first(/^reports\/[^/]+\/index\.html$/).replace(/index\.html$/, "")),
    page("search page", "search/"),
    {
      ...file("script", first(/^_astro\/.+\.js$/), "application/javascript; charset=utf-8"),
      cache: IMMUTABLE_CACHE,
    },
    file("stylesheet", first(/\.css$/), "text/css; charset=utf-8"),
    { ...file("feed", "rss.xml", FEED_TYPE), typeInHeadersFile: true },
    { ...file("source copy", first(/^sources\/.+\.txt$/), SOURCE_COPY_TYPE), typeInHeadersFile: true },
    file("robots.txt", "robots.txt", "text/plain; charset=utf-8"),
    {
      ...file("BibTeX citation", first(/^reports\/[^/]+\/cite\.bib$/), BIBTEX_TYPE),
      typeInHeadersFile: true,
    },
    { ...file("RIS citation", first(/^reports\/[^/]+\/cite\.ris$/), RIS_TYPE), typeInHeadersFile: true },
    {
      ...file("CSL-JSON citation", first(/^reports\/[^/]+\/cite\.json$/), JSON_TYPE),
      typeInHeadersFile: true,
    },
    { ...file("open data (JSON)", "data/reports.json", JSON_TYPE), typeInHeadersFile: true },
    { ...file("JSON Schema", "data/reports.schema.json", JSON_TYPE), typeInHeadersFile: true },
    { ...file("open data (CSV)", "data/mentions.csv", CSV_TYPE), typeInHeadersFile: true },
    { ...file("archive package", BAG_FILE, ZIP_TYPE), typeInHeadersFile: true },
    file("sitemap", "sitemap-index.xml", "text/xml; charset=utf-8"),
    file("icon", "favicon.svg", "image/svg+xml; charset=utf-8"),
    // Search: Pagefind's engine, its WebAssembly, an index chunk and a result fragment (gzip inside).
    file("search engine script", first(/^pagefind\/pagefind\.js$/), "application/javascript; charset=utf-8"),
    file("search WebAssembly", first(/^pagefind\/wasm\.[^/]+\.pagefind$/), OCTET_STREAM),
    file("search index chunk", first(/^pagefind\/index\/[^/]+\.pf_index$/), OCTET_STREAM),
    file("search result fragment", first(/^pagefind\/fragment\/[^/]+\.pf_fragment$/), OCTET_STREAM),
    notFound("unknown address", "no/such/page/"),
    notFound("the host's header file", "_headers"),
  ];
}
