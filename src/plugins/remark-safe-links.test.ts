import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";

describe("remark-safe-links", () => {
  it("keeps http, https, mailto and relative links", async () => {
    const html = await renderMarkdown(
      "[a](https://example.org/) [b](mailto:x@example.org) [c](/about/) <https://x.org/>\n",
    );
    expect(html).toContain('<a href="https://example.org/">a</a>');
    expect(html).toContain('<a href="https://x.org/">https://x.org/</a>');
  });

  it.each([
    ["a Markdown link", "Text [x](javascript:alert(1)) more.\n", "1:6"],
    ["an autolink", "Text\n\nSee <javascript:alert(2)>\n", "3:5"],
    ["a link definition", "[x][d]\n\n[d]: data:text/html,hi\n", "3:1"],
    [
      "an embedded post's url",
      ':::post{platform="X" author="A" handle="@a" date="2021-11-07" url="javascript:alert(3)"}\nA post.\n:::\n',
      "1:1",
    ],
  ])(
    "refuses %s whose scheme is not http, https or mailto, naming line and column",
    async (_, markdown, at) => {
      await expect(renderMarkdown(markdown)).rejects.toThrow(
        new RegExp(`\n${at}: ".*" is a (javascript|data): link`),
      );
    },
  );
});
