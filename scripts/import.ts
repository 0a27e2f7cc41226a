/**
 * npm run import -- <raw.txt> [--slug <slug>] [--out <folder>] [--max-mb <n>]
 *
 * Turns a raw plain-text copy into a draft report in content/reports/ and
 * keeps the copy, byte for byte, in content/sources/. Refuses, with one line
 * saying why, and writes nothing, when an argument or the copy is not
 * acceptable (see "Adding a report" in the README).
 */
import { parseArgs } from "node:util";
import { importCopy } from "../src/lib/import/import-copy.ts";
import { DEFAULT_MAX_BYTES } from "../src/lib/import/read-copy.ts";

const USAGE = `usage: npm run import -- <raw.txt> [--slug <slug>] [--out <content folder>] [--max-mb <megabytes>]

  <raw.txt>          the copy: plain UTF-8 text, one paragraph a line
  --slug <slug>      the report's address: lowercase letters, digits and hyphens
                     (default: made from the headline)
  --out <folder>     the content folder holding reports/ and sources/ (default: content)
  --max-mb <n>       the largest copy accepted, in megabytes (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --help             this message`;

/** Stops with a one-line reason and the usage, never a stack trace. */
function refuse(reason: string): never {
  console.error(`import: ${reason}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: true,
      options: {
        slug: { type: "string" },
        out: { type: "string", default: "content" },
        "max-mb": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // parseArgs says what is wrong in its message; its stack says nothing a user needs.
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (!file) refuse("name the copy to import");
if (extra.length > 0) refuse(`one copy at a time: also given ${extra.join(" ")}`);
if (values.slug === "") refuse("--slug needs a value");
const maxMb = values["max-mb"] === undefined ? undefined : Number(values["max-mb"]);
if (maxMb !== undefined && !(Number.isFinite(maxMb) && maxMb > 0)) {
  refuse(`--max-mb needs a number of megabytes above 0, not ${JSON.stringify(values["max-mb"])}`);
}

try {
  const result = importCopy({
    file,
    contentDir: values.out,
    ...(values.slug === undefined ? {} : { slug: values.slug }),
    ...(maxMb === undefined ? {} : { maxBytes: Math.floor(maxMb * 1024 * 1024) }),
  });
  console.log(`Draft written: ${result.reportPath}`);
  console.log(`Source kept:   ${result.sourcePath} (sha256 ${result.sha256})`);
  console.log("\nCheck each guess, fix the frontmatter, then delete the review list:");
  for (const item of result.review) console.log(`  - ${item}`);
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
