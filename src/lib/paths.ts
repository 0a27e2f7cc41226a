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
  feed: () => href("rss.xml"),
  sitemap: () => href("sitemap-index.xml"),
  favicon: () => href("favicon.svg"),
};

/**
 * An absolute URL for an href made by `href()` (which already carries the
 * base path), on the site's origin: canonical links, feeds, structured data.
 */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  if (!site) throw new Error("absolute URLs need Astro's `site` (SITE_URL)");
  return new URL(pathWithBase, site).href;
}
