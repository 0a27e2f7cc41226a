import { resolve } from "node:path";
import { getCrossLinks } from "../cross-links.ts";
import { getReports } from "../reports/collection.ts";
import { readReportFile } from "../reports/files.ts";
import { Vocabulary } from "./vocabulary.ts";

/** Directive lines (`:::caption{…}`) and attribute lists are markup, not the report's words. */
function reportWords(markdown: string): string {
  return markdown.replace(/^:{2,}.*$/gmu, "").replace(/\{[^}\n]*\}/gu, "");
}

/**
 * The search page's word list (`search/words.json`): the words of every
 * report's headline, standfirst and text, and every entity's name, spellings
 * and description, most frequent first.
 */
export async function searchWordList(): Promise<string[]> {
  const vocabulary = new Vocabulary();
  for (const report of await getReports()) {
    const { data, filePath } = report.entry;
    // The data store keeps no bodies (loader.ts): the text is read from the report's file, once a build.
    const body = filePath ? readReportFile(resolve(filePath)).body : "";
    vocabulary
      .add(data.title)
      .add(data.dek ?? "")
      .add(reportWords(body));
  }
  for (const entity of (await getCrossLinks()).entities) {
    vocabulary.add(entity.name).add(entity.aliases.join(" ")).add(entity.description);
  }
  return vocabulary.words();
}
