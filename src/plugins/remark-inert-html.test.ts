import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";

describe("remark-inert-html", () => {
  it("shows raw HTML from a copy as text, never as markup", async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script>\n\nA photo <img src=x onerror="alert(1)"> in text.\n',
    );
    // No element: the words may appear as text, and in the paragraph's search title, an attribute.
    expect(selectAll("script, img", fromHtml(html, { fragment: true }))).toEqual([]);
    expect(html).toContain(
      '<p id="p-1" class="para" data-pagefind-title="¶1 &#x22;<script>alert(1)</script>&#x22;">&#x3C;script>alert(1)&#x3C;/script>',
    );
    expect(html).toContain('A photo &#x3C;img src=x onerror="alert(1)"> in text.');
  });
});
