import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";

describe("remark-inert-html", () => {
  it("shows raw HTML from a copy as text, never as markup", async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script>\n\nA photo <img src=x onerror="alert(1)"> in text.\n',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(
      '<p id="p-1" class="para" data-pagefind-title="Paragraph 1">&#x3C;script>alert(1)&#x3C;/script>',
    );
    expect(html).toContain('A photo &#x3C;img src=x onerror="alert(1)"> in text.');
  });
});
