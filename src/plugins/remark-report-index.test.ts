import { describe, expect, it } from "vitest";
import { reportFiles } from "../../tests/site/lib/dist.ts";
import { createMatcher } from "../lib/entities/matcher.ts";
import { indexReportTree } from "../lib/entities/mentions.ts";
import { loadEntityTable } from "../lib/entities/table.ts";
import { parseBody } from "../lib/report-text.ts";
import { reportIndexOf } from "./remark-report-index.ts";
import { renderMetadata } from "./render-for-tests.ts";

describe("remark-report-index", () => {
  it("records each block's text and the names in it, captions included, before they are linked", async () => {
    const index = reportIndexOf(
      await renderMetadata(
        'Kadhimi met Sadr. Kadhimi left.\n\n:::caption{credit="A/AP"}\nSadr in Baghdad (A/AP)\n:::\n\nA <b>Sadr</b> line.\n',
      ),
    );
    expect(index?.blocks).toEqual([
      { block: "p-1", text: "Kadhimi met Sadr. Kadhimi left." },
      { block: "fig-1", text: "Sadr in Baghdad (A/AP)" },
      { block: "p-2", text: "A <b>Sadr</b> line." },
    ]);
    const found = index?.mentions.map((m) => `${m.block}:${m.spelling}@${m.start}`);
    // Every mention, not only the first of each name that gets a link.
    expect(found).toEqual([
      "p-1:Kadhimi@0",
      "p-1:Sadr@12",
      "p-1:Kadhimi@18",
      "fig-1:Sadr@0",
      "fig-1:Baghdad@8",
      "p-2:Sadr@5",
    ]);
  });

  it.each(reportFiles().map((report) => [report.slug, report] as const))(
    "agrees with a separate parse of %s",
    async (_slug, report) => {
      const matcher = createMatcher(loadEntityTable());
      expect(reportIndexOf(await renderMetadata(report.body))).toEqual(
        indexReportTree(parseBody(report.body), matcher),
      );
    },
  );

  it("reports nothing for a rendering without it", () => {
    expect(reportIndexOf({ frontmatter: {} })).toBeUndefined();
    expect(reportIndexOf(undefined)).toBeUndefined();
  });
});
