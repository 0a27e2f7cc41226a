import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";

describe("rehype-paragraph-permalinks", () => {
  it("numbers top-level paragraphs only, skipping headings and figures", async () => {
    const html = await renderMarkdown(
      'First.\n\n## A heading\n\n:::caption{credit="A/AP"}\nA caption (A/AP)\n:::\n\nSecond.\n',
    );
    expect(html).toContain(
      '<p id="p-1" class="para" data-pagefind-title="Paragraph 1">First. <a class="permalink" href="#p-1"',
    );
    expect(html).toContain(
      '<p id="p-2" class="para" data-pagefind-title="Paragraph 2">Second. <a class="permalink" href="#p-2"',
    );
    expect(html).not.toContain('id="p-3"');
    expect(html).toContain('<span class="visually-hidden">Paragraph 2</span>');
  });

  it("gives figures ids of their own, numbered apart from paragraphs", async () => {
    const html = await renderMarkdown(
      'First.\n\n:::caption{credit="A/AP"}\nOne (A/AP)\n:::\n\n:::caption{credit="B/AP"}\nTwo (B/AP)\n:::\n',
    );
    expect(html).toContain('<figure class="report-figure" id="fig-1">');
    expect(html).toContain('<figure class="report-figure" id="fig-2">');
  });

  it("keeps permalinks out of the search index and out of the published text", async () => {
    const html = await renderMarkdown("Only paragraph.\n");
    expect(html).toMatch(/<a class="permalink" href="#p-1" data-pagefind-ignore(="")? data-interface(="")?>/);
  });
});
