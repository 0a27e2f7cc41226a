import { describe, expect, it } from "vitest";
import { reportFiles } from "../../tests/site/lib/dist.ts";
import { countWords } from "../lib/format.ts";
import { bodyBlocks, bodyParagraphs } from "../lib/reports/text.ts";
import { reportStatsOf } from "../lib/reports/rendered-metadata.ts";
import { renderMetadata } from "../../tests/lib/render-markdown.ts";

describe("remark-report-stats", () => {
  it("counts words and top-level paragraphs, captions and posts included", async () => {
    const metadata = await renderMetadata(
      'One two three.\n\n:::caption{credit="A/AP"}\nFour five (A/AP)\n:::\n\n## Six\n\nSeven eight.\n',
    );
    expect(reportStatsOf(metadata)).toEqual({ words: 9, paragraphs: 2 });
  });

  it.each(reportFiles().map((report) => [report.slug, report] as const))(
    "agrees with a separate parse of %s",
    async (_slug, report) => {
      const stats = reportStatsOf(await renderMetadata(report.body));
      expect(stats).toEqual({
        words: countWords(bodyBlocks(report.body).join(" ")),
        paragraphs: bodyParagraphs(report.body).length,
      });
    },
  );

  it("reports nothing for a rendering without it", () => {
    expect(reportStatsOf({ frontmatter: {} })).toBeUndefined();
    expect(reportStatsOf(undefined)).toBeUndefined();
  });
});
