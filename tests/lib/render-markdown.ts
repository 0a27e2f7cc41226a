import { unified } from "@astrojs/markdown-remark";
import { createMarkdownOptions } from "../../src/plugins/markdown-options.ts";

/**
 * Renders Markdown to HTML through the same processor the site is built
 * with; `frontmatter` is what Astro hands the plugins (a report's dateline).
 */
export async function renderMarkdown(
  markdown: string,
  path = "fixture.md",
  base = "/",
  frontmatter: Record<string, unknown> = {},
): Promise<string> {
  const renderer = await unified(createMarkdownOptions({ base })).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(markdown, {
    fileURL: new URL(`file:///fixtures/${path}`),
    frontmatter,
  });
  return code;
}

/** The metadata Astro keeps with a rendered entry (`rendered.metadata`). */
export async function renderMetadata(markdown: string): Promise<{ frontmatter: Record<string, unknown> }> {
  const renderer = await unified(createMarkdownOptions({ base: "/" })).createRenderer({
    syntaxHighlight: false,
  });
  const { metadata } = await renderer.render(markdown, { frontmatter: {} });
  return metadata;
}
