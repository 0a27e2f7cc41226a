import type { AstroIntegration } from "astro";
import { siteAddressNotice } from "../lib/build/site-address.ts";

/**
 * Says once, at the end of a build, when the build has no public address
 * (SITE_URL unset): a deployed copy would send readers, search engines and
 * feed readers to http://localhost/.
 */
export default function siteAddress(options: {
  siteUrl: string | undefined;
  localPreview: boolean;
}): AstroIntegration {
  let base = "/";
  return {
    name: "archive:site-address",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ logger }) => {
        const notice = siteAddressNotice({ ...options, base });
        if (notice) logger[notice.level](notice.message);
      },
    },
  };
}
