import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * A plain Astro site for comparison: the same Markdown files through a
 * glob loader and Astro's unified processor, one page per report in a bare
 * HTML shell. No archive features: no schema checks, no plugins, no
 * layout, no index pages, no source copies.
 */
export function writeBaselineProject(options: {
  dir: string;
  contentDir: string;
  nodeModules: string;
}): string {
  const { dir, contentDir, nodeModules } = options;
  mkdirSync(join(dir, "src", "pages"), { recursive: true });
  symlinkSync(resolve(nodeModules), join(dir, "node_modules"), "dir");
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "baseline", private: true, type: "module" })}\n`,
  );
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";

export default defineConfig({
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: { processor: unified({ smartypants: false, gfm: false }) },
});
`,
  );
  writeFileSync(
    join(dir, "src", "content.config.ts"),
    `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: "*.md", base: ${JSON.stringify(resolve(contentDir, "reports"))} }),
    schema: z.object({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, "src", "pages", "[slug].astro"),
    `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  const reports = await getCollection("reports");
  return reports.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
  );
  return dir;
}
