import { unified } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { createMarkdownOptions } from "./markdown-options.ts";
import remarkCacheKey from "./remark-cache-key.ts";

const REPORT =
  ':::caption{credit="Reuters"}\nA drone hit the residence in Baghdad’s Green Zone.\n:::\n\nKadhimi was unhurt.\n';

async function render(withKey: boolean): Promise<string> {
  const options = createMarkdownOptions({ base: "/" });
  const remarkPlugins = withKey
    ? [
        ...options.remarkPlugins,
        [remarkCacheKey, { key: "a digest" }] satisfies [typeof remarkCacheKey, object],
      ]
    : options.remarkPlugins;
  const renderer = await unified({ ...options, remarkPlugins }).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(REPORT, { fileURL: new URL("file:///fixtures/report.md") })).code;
}

describe("remark-cache-key", () => {
  it("leaves the rendering as it is: the key is only for the config's digest", async () => {
    const plain = await render(false);
    expect(plain).toContain("was unhurt.");
    expect(await render(true)).toBe(plain);
  });
});
