/**
 * The one place internal links are made. Astro's `base` may be `/` or a
 * subpath such as `/archive/`; every href in the site goes through here.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const rest = path.replace(/^\/+/, "");
  return `${prefix}${rest}`;
}

/** An internal href for a site path such as `reports/x/` or `/about/`. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const routes = {
  home: () => href("/"),
  about: () => href("about/"),
  report: (slug: string) => href(`reports/${slug}/`),
  paragraph: (slug: string, n: number) => href(`reports/${slug}/#p-${n}`),
  source: (file: string) => href(`sources/${file}`),
  search: (query?: string) => href(query ? `search/?q=${encodeURIComponent(query)}` : "search/"),
  /** Pagefind's bundle, written into the built site by the search integration. */
  pagefind: (file = "") => href(`pagefind/${file}`),
};
