import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { sha256 } from "../../../src/lib/hash.ts";
import { draftToFile } from "../../../src/lib/import/import-copy.ts";
import { buildCorpus, headline, proseSentence, type Corpus } from "./corpus.ts";
import { seededRandom, type Random } from "./random.ts";

/**
 * Data files beside content/reports/ that archive features read (entities
 * with their aliases, claims, timeline). When the project has one, the
 * synthetic archive carries it over unchanged, so it validates against the
 * project's own schema, and synthetic prose names its entities.
 */
export const FEATURE_FILES = ["entities.yaml", "claims.yaml", "timeline.yaml", "quotes.yaml"] as const;

export interface SyntheticArchive {
  /** The content folder: point ARCHIVE_CONTENT_DIR here. */
  dir: string;
  reports: number;
  /** Of which copied from the project, so data files that cite them stay valid. */
  realReports: number;
  /** Feature data files found in the project and carried over. */
  featureFiles: string[];
  /** Spellings of the project's entities that synthetic prose uses. */
  entityNames: number;
  /** A synthetic report to edit for the warm-rebuild measurement. */
  editable: { slug: string; path: string; copy: string };
}

/**
 * Claims must account for every report, the synthetic ones too: a synthetic
 * report states none of the compared facts, so each claim gains a
 * `notStated: true` account for it, as an editor would record.
 */
export function claimsAccountingFor(claimsYaml: string, slugs: readonly string[]): string {
  const claims = parse(claimsYaml) as { accounts: { report: string }[] }[] | null;
  if (!Array.isArray(claims)) return claimsYaml;
  for (const claim of claims) {
    claim.accounts.push(...slugs.map((report) => ({ report, notStated: true })));
  }
  return stringify(claims, { lineWidth: 0 });
}

/** Every string under a `name`, `aliases`, `spellings` or `label` key, at any depth. */
export function namesIn(data: unknown, key = ""): string[] {
  const naming = ["name", "names", "alias", "aliases", "spellings", "label", "title"].includes(key);
  if (typeof data === "string") return naming && data.length < 80 ? [data] : [];
  if (Array.isArray(data)) return data.flatMap((item) => namesIn(item, key));
  if (data && typeof data === "object") {
    return Object.entries(data).flatMap(([childKey, value]) => namesIn(value, childKey));
  }
  return [];
}

function pad(n: number): string {
  return String(n).padStart(5, "0");
}

function paragraphs(random: Random, corpus: Corpus, entityNames: readonly string[], count: number): string[] {
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences: string[] = [];
    for (let j = random.int(1, 4); j > 0; j--) sentences.push(proseSentence(random, corpus, entityNames));
    if (random.chance(0.25)) {
      // Quotes recur across reports word for word, as wire copy does.
      const quote = random.pickSkewed(corpus.quotes);
      const speaker = random.chance(0.5) ? quote.speaker.name : random.pick(quote.speaker.spellings);
      sentences.push(`“${quote.text}” ${speaker} said.`);
    }
    result.push(sentences.join(" "));
  }
  return result;
}

function isoDay(random: Random): string {
  const day = new Date(Date.UTC(2021, 10, 7) + random.int(-30, 60) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Frontmatter of the shape content.config.ts accepts, varied the way real reports vary. */
function frontmatter(random: Random, corpus: Corpus, title: string) {
  const data: Record<string, unknown> = { title, titleSource: random.chance(0.7) ? "printed" : "supplied" };
  if (data["titleSource"] === "supplied")
    data["titleNote"] = "Not printed in the copy; written for the archive.";
  if (random.chance(0.6)) data["dek"] = proseSentence(random, corpus);
  const outletName = `The ${random.pick(corpus.places).replace(/^the /, "")} ${random.pick(["Times", "Post", "Herald", "Daily", "Observer", "Tribune"])}`;
  const outletBasis = random.pick(["stated", "attributed", "unknown"] as const);
  data["outlet"] =
    outletBasis === "unknown"
      ? { basis: "unknown", note: "No outlet is named in the copy, and no republication was found." }
      : outletBasis === "attributed"
        ? {
            basis: "attributed",
            name: outletName,
            note: "The text matches the outlet's story, sentence for sentence.",
          }
        : { basis: "stated", name: outletName };
  if (random.chance(0.5)) {
    const author = random.pick(corpus.people);
    data["author"] = { name: author.name, basis: "stated" };
  }
  const dateBasis = random.pick(["stated", "inferred", "unknown"] as const);
  const day = isoDay(random);
  data["published"] =
    dateBasis === "unknown"
      ? { basis: "unknown", earliest: day, note: "The copy prints no date; it reports events of this day." }
      : { basis: dateBasis, date: day, note: "The copy prints the date below the headline." };
  if (random.chance(0.6)) data["dateline"] = random.pick(corpus.places).toUpperCase();
  if (random.chance(0.3)) data["wireService"] = random.pick(["AFP", "AP", "Reuters"]);
  data["removedChrome"] = random.chance(0.5) ? ["Advertisement", "Read more"] : [];
  data["language"] = "en";
  return data;
}

/** A report body with the archive's container directives now and then. */
function body(random: Random, corpus: Corpus, entityNames: readonly string[]): string[] {
  const blocks = paragraphs(random, corpus, entityNames, random.int(6, 22));
  if (random.chance(0.3)) {
    const credit = `${random.pick(corpus.people).name}/${random.pick(["AFP", "AP", "Reuters"])}`;
    blocks.splice(
      random.int(1, blocks.length - 1),
      0,
      `:::caption{credit="${credit}"}\n${proseSentence(random, corpus)}\n:::`,
    );
  }
  if (random.chance(0.1)) {
    const author = random.pick(corpus.people);
    const handle = `@${author.name.replace(/[^A-Za-z]/g, "")}`;
    blocks.splice(
      random.int(1, blocks.length - 1),
      0,
      `:::post{platform="X" author="${author.name}" handle="${handle}" date="2021-11-07"}\n${proseSentence(random, corpus)}\n:::`,
    );
  }
  return blocks;
}

/**
 * The raw copy a report pretends to come from, as plain text: the headline
 * where the report says it is printed, the dek, then the text, with the
 * chrome its frontmatter lists (a line after the first paragraph, a link
 * at the end), so each page publishes exactly its copy less its chrome.
 */
function rawCopy(data: Record<string, unknown>, blocks: readonly string[]): string {
  const text = blocks.map((block) => block.replace(/^:::.*$/gm, "").trim()).filter(Boolean);
  const [advertisement, readMore] = (data["removedChrome"] as string[] | undefined) ?? [];
  if (advertisement) text.splice(1, 0, advertisement);
  if (readMore) text.push(readMore);
  const head = [
    ...(data["titleSource"] === "printed" ? [String(data["title"])] : []),
    ...(typeof data["dek"] === "string" ? [data["dek"]] : []),
  ];
  return `${[...head, ...text].join("\n\n")}\n`;
}

/**
 * Adds a paragraph to a synthetic report and to its raw copy, pinning the
 * copy's new sha256: an edit the build's gate accepts, for the warm rebuild.
 */
export function appendParagraph(report: SyntheticArchive["editable"], paragraph: string): void {
  const markdown = readFileSync(report.path, "utf8");
  const copy = `${readFileSync(report.copy, "utf8")}\n${paragraph}\n`;
  writeFileSync(report.copy, copy);
  const pinned = /sha256: ([0-9a-f]{64})/.exec(markdown)?.[1] ?? "";
  writeFileSync(
    report.path,
    `${markdown.replace(pinned, sha256(Buffer.from(copy, "utf8")))}\n${paragraph}\n`,
  );
}

/**
 * Writes an archive of `count` reports to `dir`: the project's own reports
 * and feature data files (from `projectContent`), then synthetic reports,
 * each with a raw copy pinned by its sha256, up to `count`.
 */
export function writeSyntheticArchive(options: {
  dir: string;
  count: number;
  projectContent: string;
  seed?: number;
}): SyntheticArchive {
  const { dir, count, projectContent, seed = 20211107 } = options;
  const reportsDir = join(dir, "reports");
  const sourcesDir = join(dir, "sources");
  mkdirSync(reportsDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });

  const realReports = readdirSync(join(projectContent, "reports"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .slice(0, count);
  for (const name of realReports) copyFileSync(join(projectContent, "reports", name), join(reportsDir, name));
  for (const name of readdirSync(join(projectContent, "sources"))) {
    copyFileSync(join(projectContent, "sources", name), join(sourcesDir, name));
  }

  const featureFiles = FEATURE_FILES.filter((name) => existsSync(join(projectContent, name)));
  const realCount = readdirSync(join(projectContent, "reports")).filter((name) =>
    name.endsWith(".md"),
  ).length;
  if (featureFiles.length > 0 && realReports.length < realCount) {
    // The data files cite every real report, and each alias must occur in one.
    throw new Error(
      `a synthetic archive of ${count} reports cannot hold the project's ${realCount} reports that ${featureFiles.join(", ")} cite`,
    );
  }
  const entityNames = new Set<string>();
  for (const name of featureFiles) {
    copyFileSync(join(projectContent, name), join(dir, name));
    if (name === "entities.yaml") {
      for (const entityName of namesIn(parse(readFileSync(join(projectContent, name), "utf8")))) {
        entityNames.add(entityName);
      }
    }
  }

  const corpus = buildCorpus(seed);
  const names = [...entityNames];
  let editable: SyntheticArchive["editable"] | undefined;
  const syntheticSlugs: string[] = [];
  for (let i = realReports.length; i < count; i++) {
    const random = seededRandom(seed + i * 7919);
    const title = headline(random, corpus, names);
    const blocks = body(random, corpus, names);
    const data = frontmatter(random, corpus, title);
    const copy = rawCopy(data, blocks);
    const hash = sha256(Buffer.from(copy, "utf8"));
    const file = `${pad(i)}_${hash.slice(0, 16)}.txt`;
    data["source"] = { file, sha256: hash };
    writeFileSync(join(sourcesDir, file), copy);
    const slug = `synthetic-report-${pad(i)}`;
    const path = join(reportsDir, `${slug}.md`);
    writeFileSync(path, draftToFile(data, `${blocks.join("\n\n")}\n`));
    editable ??= { slug, path, copy: join(sourcesDir, file) };
    syntheticSlugs.push(slug);
  }
  if (featureFiles.includes("claims.yaml")) {
    const claims = join(dir, "claims.yaml");
    writeFileSync(claims, claimsAccountingFor(readFileSync(claims, "utf8"), syntheticSlugs));
  }
  if (!editable)
    throw new Error(`a synthetic archive needs more than the ${realReports.length} real reports`);
  return {
    dir,
    reports: count,
    realReports: realReports.length,
    featureFiles,
    entityNames: names.length,
    editable,
  };
}
