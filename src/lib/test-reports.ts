import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import type { ReportBody } from "./entities/mentions.ts";

/** The committed reports' bodies, in file order, for tests of the indexes on real text. */
export function committedReports(dir = "content/reports"): ReportBody[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({
      slug: name.replace(/\.md$/, ""),
      body: matter(readFileSync(join(dir, name), "utf8")).content,
    }));
}

export const SLUGS = {
  post: "drone-attack-widely-condemned",
  unattributed: "residence-targeted-by-drone-strike",
  afp: "pm-escapes-assassination-attempt",
  monitor: "attack-sparks-fear-of-return-to-chaos",
  ap: "tension-rising-after-failed-assassination-bid",
} as const;
