import { isStated, type Claim } from "./schema.ts";

export interface ReportFacts {
  headline: string;
  /** The outlet's name, when known. */
  publisher?: string | undefined;
}

/**
 * schema.org `Claim`s for /compare/: one per claim, with an `appearance` per
 * report that states it, pointing at the cited paragraph and quoting it.
 */
export function claimsJsonLd(
  claims: readonly Claim[],
  {
    pageUrl,
    paragraphUrl,
    reports,
  }: {
    pageUrl: string;
    paragraphUrl: (slug: string, paragraph: number) => string;
    reports: ReadonlyMap<string, ReportFacts>;
  },
): object {
  return {
    "@context": "https://schema.org",
    "@graph": claims.map((claim) => ({
      "@type": "Claim",
      "@id": `${pageUrl}#${claim.id}`,
      name: claim.question,
      url: `${pageUrl}#${claim.id}`,
      appearance: claim.accounts.filter(isStated).map((account) => {
        const facts = reports.get(account.report);
        const [first] = account.cite;
        return {
          "@type": "NewsArticle",
          url: paragraphUrl(account.report, first?.paragraph ?? 1),
          headline: facts?.headline,
          ...(facts?.publisher ? { publisher: { "@type": "Organization", name: facts.publisher } } : {}),
          abstract: account.says,
          text: account.cite.map((cite) => cite.snippet).join(" … "),
        };
      }),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the script. */
export function scriptJson(value: object): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** A claim's chart rows: bar lengths as shares of the largest number given. */
export function chartRows(claim: Claim): {
  report: string;
  says: string;
  value?: number;
  upTo?: number;
  atLeast: boolean;
  share: number;
  extra: number;
}[] {
  const stated = claim.accounts.filter(isStated);
  const max = Math.max(0, ...stated.map((account) => account.upTo ?? account.value ?? 0));
  return stated.map((account) => ({
    report: account.report,
    says: account.says,
    ...(account.value !== undefined ? { value: account.value } : {}),
    ...(account.upTo !== undefined ? { upTo: account.upTo } : {}),
    atLeast: account.atLeast ?? false,
    share: max > 0 && account.value !== undefined ? account.value / max : 0,
    extra:
      max > 0 && account.upTo !== undefined && account.value !== undefined
        ? (account.upTo - account.value) / max
        : 0,
  }));
}
