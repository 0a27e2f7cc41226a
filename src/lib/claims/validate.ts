import { contentFile } from "../content/content-dir.ts";
import { citationProblem, type ParagraphTable } from "../content/citations.ts";
import { isStated, type Claim } from "./schema.ts";

/** Under ARCHIVE_CONTENT_DIR (default content/), as messages show it. */
export const CLAIMS_FILE = contentFile("claims.yaml");

/**
 * Cross-checks claims against the reports: every report accounted for once,
 * every snippet in its cited paragraph. Each problem names the file, the
 * claim and the field.
 */
export function claimProblems(
  claims: readonly Claim[],
  paragraphs: ParagraphTable,
  file = CLAIMS_FILE,
): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    const where = `${file}: claim "${claim.id}"`;
    const seen = new Set<string>();
    claim.accounts.forEach((account, a) => {
      if (seen.has(account.report))
        problems.push(`${where}, accounts[${a}].report: "${account.report}" is listed twice`);
      seen.add(account.report);
      if (!paragraphs.has(account.report)) {
        problems.push(`${where}, accounts[${a}].report: report "${account.report}" does not exist`);
        return;
      }
      if (!isStated(account)) return;
      account.cite.forEach((cite, c) => {
        const problem = citationProblem(paragraphs, { ...cite, report: account.report });
        if (problem) problems.push(`${where}, accounts[${a}].cite[${c}]: ${problem}`);
      });
      if (account.upTo !== undefined && (account.value === undefined || account.upTo < account.value)) {
        problems.push(`${where}, accounts[${a}].upTo: needs a value no greater than upTo`);
      }
    });
    for (const slug of paragraphs.keys()) {
      if (!seen.has(slug)) {
        problems.push(
          `${where}, accounts: report "${slug}" is missing (give what it says, or notStated: true)`,
        );
      }
    }
  }
  return problems;
}
