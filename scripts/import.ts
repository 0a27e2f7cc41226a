/**
 * npm run import -- <raw.txt> [--slug <slug>] [--out <folder>]
 *
 * Turns a raw plain-text copy into a draft report in content/reports/ and
 * keeps the copy, byte for byte, in content/sources/. Refuses, and writes
 * nothing, when the copy is missing, empty, binary or not UTF-8, when it was
 * imported already, or when either target file exists.
 */
import { parseArgs } from "node:util";
import { importCopy } from "../src/lib/import/import-copy.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: "string" },
    out: { type: "string", default: "content" },
  },
});

const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error("usage: npm run import -- <raw.txt> [--slug <slug>] [--out <content folder>]");
  process.exit(2);
}

try {
  const result = importCopy({ file, contentDir: values.out, ...(values.slug ? { slug: values.slug } : {}) });
  console.log(`Draft written: ${result.reportPath}`);
  console.log(`Source kept:   ${result.sourcePath} (sha256 ${result.sha256})`);
  console.log("\nCheck each guess, fix the frontmatter, then delete the review list:");
  for (const item of result.review) console.log(`  - ${item}`);
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
