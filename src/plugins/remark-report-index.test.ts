import { describe, expect, it } from "vitest";
import { reportFiles } from "../../tests/site/lib/dist.ts";
import { indexReportTree, indexTools } from "../lib/reports/report-index.ts";
import { loadEntityTable } from "../lib/entities/table.ts";
import { parseBody } from "../lib/reports/text.ts";
import { reportIndexOf } from "../lib/reports/rendered-metadata.ts";
import { renderMetadata } from "../../tests/lib/render-markdown.ts";

describe("remark-report-index", () => {
  it("records every name with the words around it, captions included, before names are linked", async () => {
    const index = reportIndexOf(
      await renderMetadata(
        'Kadhimi met Sadr. Kadhimi left.\n\n:::caption{credit="A/AP"}\nSadr in Baghdad (A/AP)\n:::\n\nA <b>Sadr</b> line.\n',
      ),
    );
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
    expect(index?.mentions[1]?.snippet).toEqual({
      before: "Kadhimi met ",
      match: "Sadr",
      after: ". Kadhimi left.",
    });
    // Raw HTML is the copy's text here: the index sees it before it is made inert.
    expect(index?.mentions[5]?.snippet).toEqual({ before: "A <b>", match: "Sadr", after: "</b> line." });
    expect(index?.lead).toBe("Kadhimi met Sadr. Kadhimi left.");
  });

  it("records each quotation with its speaker, where the text says who spoke", async () => {
    const index = reportIndexOf(
      await renderMetadata(
        "“We will not be deterred,” Kadhimi said.\n\nNobody claimed it. “Calm,” one resident urged.\n",
      ),
    );
    expect(index?.quotes).toEqual([
      { block: "p-1", start: 1, end: 25, text: "We will not be deterred,", speaker: "mustafa-al-kadhimi" },
      { block: "p-2", start: 20, end: 25, text: "Calm,", speaker: undefined },
    ]);
  });

  it.each(reportFiles().map((report) => [report.slug, report] as const))(
    "agrees with a separate parse of %s",
    async (_slug, report) => {
      expect(reportIndexOf(await renderMetadata(report.body))).toEqual(
        indexReportTree(parseBody(report.body), indexTools(loadEntityTable())),
      );
    },
  );

  it("reports nothing for a rendering without it", () => {
    expect(reportIndexOf({ frontmatter: {} })).toBeUndefined();
    expect(reportIndexOf(undefined)).toBeUndefined();
  });
});
