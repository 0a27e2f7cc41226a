import { describe, expect, it } from "vitest";
import { siteAddressNotice, siteUrlFrom } from "./site-address.ts";

describe("siteAddressNotice", () => {
  it("says nothing when SITE_URL is set", () => {
    expect(
      siteAddressNotice({ siteUrl: "https://example.org", base: "/", localPreview: false }),
    ).toBeUndefined();
  });

  it("warns without SITE_URL, naming what carries the placeholder", () => {
    const notice = siteAddressNotice({ siteUrl: undefined, base: "/archive/", localPreview: false });
    expect(notice?.level).toBe("warn");
    for (const carrier of ["canonical URLs", "og:url", "the sitemap", "the RSS feed", "robots.txt"])
      expect(notice?.message).toContain(carrier);
    expect(notice?.message).toContain("http://localhost/archive/, a placeholder");
    expect(notice?.message).toContain("SITE_URL=https://<your domain>");
  });

  it("only informs for the local preview, where the placeholder is expected", () => {
    const notice = siteAddressNotice({ siteUrl: undefined, base: "/", localPreview: true });
    expect(notice).toEqual({
      level: "info",
      message: expect.stringContaining("http://localhost/, as expected for the local preview"),
    });
  });
});

describe("siteUrlFrom", () => {
  it("reads SITE_URL, an empty one as unset (`SITE_URL=${SITE_URL:-$URL}` with neither)", () => {
    expect(siteUrlFrom({ SITE_URL: "https://example.org" })).toBe("https://example.org");
    expect(siteUrlFrom({ SITE_URL: "" })).toBeUndefined();
    expect(siteUrlFrom({})).toBeUndefined();
  });
});
