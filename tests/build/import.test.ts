import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import type { Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import {
  copyLines,
  firstLineDifference,
  firstMissingSentence,
  removeChrome,
  sentences,
} from "../../src/lib/reports/fidelity.ts";
import { draftToFile } from "../../src/lib/import/import-copy.ts";
import { normalizeCopy } from "../../src/lib/reports/copy-text.ts";
import { bodyBlocks } from "../../src/lib/reports/text.ts";
import { claimsNotStatedFor, contentWith, runAstroBlocking, tempDir } from "./lib/astro.ts";

/**
 * A copy with everything that once broke an import or the build after it:
 * a byte order mark, CR-only line breaks, times and words joined by colons
 * that remark-directive would read as directives (`10:30:15` holds `:15`,
 * `x:y:z` holds `:z`), lines that look like leaf and container directives,
 * Markdown and HTML syntax, and a file name with a space and an accent. It
 * is imported with `npm run import`, confirmed as a person would (the review
 * list deleted, every claim marked not stated), and built: the page must show
 * the copy's characters, and the published copy must be its bytes.
 */
const LINES = [
  "X",
  "Drone strike at 10:30:15 on x:y:z street",
  "A standfirst: the attack began at 01:30 local time.",
  "BAGHDAD — The first report came at 10:30:15, and the second at 10:45:00.",
  "Officials named the sites x:y:z and a:b:c in a statement.",
  "::leaf looks like a leaf directive at the start of a line.",
  ":::caption looks like a container directive, and :name[label]{#id .class} like a text one.",
  "# Not a heading, 1. not a list, *not emphasis*, <b>not HTML</b>, &amp; not an entity.",
  "A link [click](javascript:alert(1)) and a backslash \\: before a colon stay text.",
  "The scene at 04:30:00 after the attack: (Khalid Mohammed/AP)",
  "Mounting Tensions",
  "The last paragraph ends the report.",
  "Related Posts",
];
const RAW = `\uFEFF${LINES.join("\r")}\r`;
const SLUG = "drone-strike-at-10-30-15";

/** What the archive adds inside the elements that show the copy's lines: a paragraph's link, a missing photo's note. */
const INTERFACE = new Set(["permalink", "photo-missing"]);

function withoutInterface(tree: Root): Root {
  visit(tree, "element", (node, index, parent) => {
    const classes = node.properties["className"];
    if (
      parent &&
      index !== undefined &&
      Array.isArray(classes) &&
      classes.some((name) => INTERFACE.has(String(name)))
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return tree;
}

const content = contentWith(undefined);
const outDir = tempDir("import-build");
let imported: { report: string; source: string; stdout: string; stderr: string; code: number | null };

beforeAll(() => {
  const copy = join(tempDir("import-copy"), "Kopie vom 7. November é.txt");
  writeFileSync(copy, RAW);
  const run = spawnSync(process.execPath, ["scripts/import.ts", copy, "--out", content, "--slug", SLUG], {
    encoding: "utf8",
  });
  imported = {
    report: join(content, "reports", `${SLUG}.md`),
    source: join(content, "sources", "Kopie-vom-7.-November-e.txt"),
    stdout: run.stdout,
    stderr: run.stderr,
    code: run.status,
  };
  if (run.status !== 0) return;
  // What a person does once each guess is checked.
  const { data, content: body } = matter(readFileSync(imported.report, "utf8"));
  delete data["review"];
  writeFileSync(imported.report, draftToFile(data, body));
  claimsNotStatedFor(content, SLUG);
  const build = runAstroBlocking(["build", "--outDir", outDir], { ARCHIVE_CONTENT_DIR: content });
  if (build.code !== 0) throw new Error(`the build of the imported copy failed:\n${build.output}`);
});

describe("a tricky copy imported with npm run import, then built", () => {
  it("is imported, its normalisation recorded, its bytes kept", () => {
    expect(imported.code, imported.stderr).toBe(0);
    const { data } = matter(readFileSync(imported.report, "utf8"));
    expect(data["normalized"]).toEqual({ lineEndings: "cr", bom: true });
    expect(data["removedChrome"]).toEqual(["X", "Related Posts"]);
    expect(readFileSync(imported.source)).toEqual(Buffer.from(RAW));
  });

  it("holds, line for line, exactly the copy's text less its chrome (the fidelity check)", () => {
    const { data, content: body } = matter(readFileSync(imported.report, "utf8"));
    const copy = removeChrome(normalizeCopy(RAW).text, data["removedChrome"] as string[]);
    const archived = [String(data["title"]), String(data["dek"]), ...bodyBlocks(body)];
    expect(firstLineDifference(copyLines(copy), archived)).toBeUndefined();
  });

  it("shows every line of the copy, character for character, in the built article", () => {
    const html = readFileSync(join(outDir, "reports", SLUG, "index.html"), "utf8");
    const article = selectAll("article.report", fromHtml(html))[0];
    if (!article) throw new Error("the report page has no article");
    const text = toText(article);
    const copy = removeChrome(normalizeCopy(RAW).text, ["X", "Related Posts"]);
    expect(firstMissingSentence(text, sentences(copy))).toBeUndefined();
    // Each copy line is the whole text of one element (headline, dek, paragraph, caption or
    // subheading) once what the archive adds around it is set aside.
    const shown = selectAll("h1, .dek, [id^='p-'], figcaption, h2", withoutInterface(fromHtml(html))).map(
      (node) => toText(node).trim(),
    );
    for (const line of copyLines(copy)) expect(shown, line).toContain(line);
    expect(text).not.toContain("Related Posts");
  });

  it("publishes the copy byte for byte", () => {
    expect(readFileSync(join(outDir, "sources", "Kopie-vom-7.-November-e.txt"))).toEqual(Buffer.from(RAW));
  });
});

/** A page's text and its description, as a reader and a search engine see them. */
function pageSays(path: string): { text: string; description: string } {
  const tree = fromHtml(readFileSync(join(outDir, path, path.endsWith(".html") ? "" : "index.html"), "utf8"));
  const meta = selectAll("meta[name=description]", tree)[0];
  return { text: toText(tree), description: String(meta?.properties["content"] ?? "") };
}

describe("the pages of an archive with a sixth report", () => {
  it("count the reports from the collection, never as five", () => {
    const pages = [
      "",
      "about",
      "compare",
      "coverage",
      "entities",
      "search",
      "timeline",
      "quotes",
      "404.html",
    ];
    for (const path of pages) {
      const { text, description } = pageSays(path);
      expect(`${text} ${description}`, path).not.toMatch(/\bfive\b|\b5 (news )?reports\b/i);
    }
    expect(pageSays("").text).toContain("Six news reports of the drone attack");
    expect(pageSays("about").text).toContain("The archive holds six plain-text copies");
    expect(pageSays("404.html").text).toContain("See all six reports");
    for (const path of ["about", "compare", "coverage", "entities"]) {
      expect(pageSays(path).description, path).toContain("six reports");
    }
    expect(pageSays(`reports/${SLUG}`).text).toContain("Report 6 of 6");
  });

  it("state what holds of the six, worked out from them", () => {
    const { text } = pageSays("about");
    expect(text).toContain("none carries a byline, and only one carries a date.");
    expect(text).toContain("The copies name no outlet. Four outlets come from matching");
  });
});
