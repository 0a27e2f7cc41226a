import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PAGEFIND_DIR } from "../../../src/lib/paths.ts";

/**
 * What a person would build instead of the archive, for comparison: a plain
 * Astro site with the same Markdown files through a glob loader and Astro's
 * unified processor, one page per report in a bare HTML shell, made
 * searchable by Pagefind over those pages once they are written (as
 * `npx pagefind --site dist` would). No archive features: no schema checks,
 * no plugins, no layout, no index pages, no source copies. Pagefind
 * re-indexes every page on every build, so it is in the baseline: the
 * archive cannot do better than that floor.
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
    `import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import * as pagefind from "pagefind";

/** Pagefind over every page once the build is done. */
const search = {
  name: "pagefind",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const site = fileURLToPath(dir);
      try {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(errors.join("; "));
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0 || added.page_count === 0) throw new Error(added.errors.join("; ") || "no pages");
        const written = await index.writeFiles({ outputPath: join(site, ${JSON.stringify(PAGEFIND_DIR)}) });
        if (written.errors.length > 0) throw new Error(written.errors.join("; "));
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: { processor: unified({ smartypants: false, gfm: false }) },
  integrations: [search],
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
