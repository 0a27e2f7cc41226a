import { DEFAULT_SITE } from "../paths.ts";

/**
 * Where a build will be served. Canonical URLs, og:url, the sitemap, the
 * RSS feed and robots.txt carry absolute addresses, so they need the origin
 * (SITE_URL); without it they point at a placeholder, right for `npm start`'s
 * local preview and wrong anywhere else.
 */
export const PLACEHOLDER_SITE_URL = DEFAULT_SITE;

/** What carries the site's address, for the message that names them. */
const CARRIERS = "canonical URLs, og:url, the sitemap, the RSS feed and robots.txt";

/** SITE_URL as given, or undefined when it is unset or empty. */
export function siteUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env["SITE_URL"] || undefined;
}

export interface SiteAddressNotice {
  level: "warn" | "info";
  message: string;
}

/**
 * What the build says about its address: nothing when SITE_URL is set; a
 * warning naming what carries the placeholder when it is not, unless the
 * build is for the local preview (`npm start` sets ARCHIVE_LOCAL_PREVIEW=1),
 * where the placeholder is what the reader's browser shows anyway.
 */
export function siteAddressNotice(options: {
  siteUrl: string | undefined;
  base: string;
  localPreview: boolean;
}): SiteAddressNotice | undefined {
  if (options.siteUrl) return undefined;
  const placeholder = new URL(options.base, PLACEHOLDER_SITE_URL).href;
  if (options.localPreview) {
    return {
      level: "info",
      message: `SITE_URL is not set: ${CARRIERS} point at ${placeholder}, as expected for the local preview`,
    };
  }
  return {
    level: "warn",
    message:
      `SITE_URL is not set: ${CARRIERS} point at ${placeholder}, a placeholder. ` +
      "Build with SITE_URL=https://<your domain> for any copy you deploy.",
  };
}
