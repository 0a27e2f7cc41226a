import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { absoluteUrl, routes } from "../lib/paths.ts";
import { displayTitle } from "../lib/reports/meta.ts";
import { getReports } from "../lib/reports/collection.ts";
import { SITE_DESCRIPTION, SITE_TITLE } from "../lib/site.ts";

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * How many reports the feed carries: the last of the archive's order, the
 * most recently published. A reader polls a feed again and again; every
 * report of a large archive would make each poll megabytes.
 */
export const FEED_ITEMS = 50;

/**
 * The latest reports as an RSS feed, in archive order. A report's date goes
 * in only where it is known; the outlet and author only where attributed.
 */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getReports()).slice(-FEED_ITEMS);
  const feedUrl = absoluteUrl(routes.feed(), site);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(routes.home(), site),
    trailingSlash: true,
    xmlns: { atom: "http://www.w3.org/2005/Atom", dc: "http://purl.org/dc/elements/1.1/" },
    customData: `<language>en</language><atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: reports.map(({ slug, entry, index }) => {
      const { data } = entry;
      const summary = data.dek ?? index.lead;
      const creator = data.author ? `<dc:creator>${escapeXml(data.author.name)}</dc:creator>` : "";
      return {
        title: displayTitle(data.title, data.titleSource),
        link: absoluteUrl(routes.report(slug), site),
        description: summary,
        ...(data.published.date ? { pubDate: new Date(`${data.published.date}T00:00:00Z`) } : {}),
        ...(data.outlet.basis !== "unknown" ? { categories: [data.outlet.name] } : {}),
        ...(creator ? { customData: creator } : {}),
      };
    }),
  });
};
