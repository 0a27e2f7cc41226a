import GithubSlugger from "github-slugger";
import type { ParsedCopy } from "./blocks.ts";
import { blocksToMarkdown } from "./body-markdown.ts";
import { datelineOf } from "./classify.ts";
import type { CopyNormalization } from "../reports/copy-text.ts";

/** Words of the opening paragraph used for a title the copy does not print. */
const SUPPLIED_TITLE_WORDS = 10;
/** Words of the headline kept in a slug. */
const SLUG_WORDS = 8;

export interface DraftInput {
  parsed: ParsedCopy;
  sourceFile: string;
  sha256: string;
  /** What normalising the copy's text changed, recorded in the frontmatter. */
  normalized?: CopyNormalization;
  slug?: string;
  /** The day the copy enters the archive (`YYYY-MM-DD`), recorded as `preserved`. */
  preserved: string;
}

export interface Draft {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function suppliedTitle(parsed: ParsedCopy): string {
  const opening = parsed.blocks.find((block) => block.kind === "paragraph")?.text ?? "";
  const dateline = datelineOf(opening);
  const withoutDateline = dateline ? opening.slice(`${dateline} — `.length) : opening;
  const words = withoutDateline.split(/\s+/);
  const head = words.slice(0, SUPPLIED_TITLE_WORDS).join(" ");
  return words.length > SUPPLIED_TITLE_WORDS ? `${head}…` : head;
}

/** A slug from the first words of a headline, accents dropped (`é` → `e`); `_` becomes `-`. */
export function slugFor(text: string): string {
  const words = text.split(/\s+/).slice(0, SLUG_WORDS).join(" ");
  const plain = words.normalize("NFKD").replace(/\p{M}/gu, "");
  return new GithubSlugger().slug(plain).replace(/_+/g, "-").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
}

/**
 * Turns a parsed copy into the frontmatter and Markdown body of a draft
 * report. Facts the copy does not state (outlet, author, URL, an inferred
 * date) are left as unknown for a person to add from PROVENANCE.md.
 */
export function draftReport({ parsed, sourceFile, sha256, normalized, slug, preserved }: DraftInput): Draft {
  const title = parsed.headline ?? suppliedTitle(parsed);
  const frontmatter: Record<string, unknown> = {
    title,
    titleSource: parsed.headline ? "printed" : "supplied",
    ...(parsed.headline
      ? {}
      : { titleNote: "The copy prints no headline; the title is the report's opening words." }),
    ...(parsed.dek ? { dek: parsed.dek } : {}),
    outlet: { basis: "unknown", note: "The copy names no outlet." },
    published: parsed.statedDate
      ? {
          basis: "stated",
          date: parsed.statedDate,
          note: `The copy's page chrome carries "date ${parsed.statedDate}".`,
        }
      : { basis: "unknown", note: "The copy prints no date." },
    ...(parsed.dateline ? { dateline: parsed.dateline } : {}),
    source: { file: sourceFile, sha256 },
    preserved,
    ...(normalized && Object.keys(normalized).length > 0 ? { normalized } : {}),
    removedChrome: parsed.removedChrome,
    language: "en",
    review: parsed.review,
  };
  return {
    slug: slug ?? slugFor(parsed.headline ?? sourceFile.replace(/\.[^.]+$/, "")),
    frontmatter,
    body: blocksToMarkdown(parsed.blocks),
  };
}
