import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/lib/built-site.ts";
import { BUILT_FOR, DIST } from "./lib/dist.ts";

/**
 * Every built page against html-validate's recommended rules (.htmlvalidate.json;
 * titles may run to 160 characters because headlines are kept word for word).
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory("text");

describe("html-validate", () => {
  it.each(builtPages(DIST, BUILT_FOR.base).map((page) => [page.path, page.file] as const))(
    "%s is valid HTML",
    async (_path, file) => {
      const report = await validator.validateFile(join(DIST, file));
      expect(report.valid, format(report.results)).toBe(true);
    },
  );
});
