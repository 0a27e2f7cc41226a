import { withCacheKeys } from "../build/page-cache-key.ts";
import type { PaginatedPath } from "../paging.ts";
import { chartRows } from "./json-ld.ts";
import type { Claim } from "./schema.ts";
import { labelsFor } from "../reports/meta.ts";

/**
 * A claim as one page of the comparison shows it: the accounts of that
 * page's reports, and their chart rows on the whole claim's scale, so a
 * bar means the same length on every page.
 */
export interface ClaimOnPage {
  claim: Claim;
  rows: ReturnType<typeof chartRows>;
}

/** Every claim with its chart rows over the whole archive: worked out once, not once a page. */
export function chartedClaims(claims: readonly Claim[]): ClaimOnPage[] {
  return claims.map((claim) => ({ claim, rows: chartRows(claim) }));
}

/** Every claim, cut to the accounts and bars of the given reports, in the claims' own order. */
export function claimsForReports(charted: readonly ClaimOnPage[], slugs: ReadonlySet<string>): ClaimOnPage[] {
  return charted.map(({ claim, rows }) => ({
    claim: { ...claim, accounts: claim.accounts.filter((account) => slugs.has(account.report)) },
    rows: rows.filter((row) => slugs.has(row.report)),
  }));
}

/**
 * Each page of the comparison from `paginate()`'s paths over the reports:
 * the claims cut to the page's reports, with those reports' labels, keyed
 * by what they show so that Astro's incremental build can reuse a page.
 */
export function comparePaths<Path extends PaginatedPath<{ slug: string }>>(
  paths: readonly Path[],
  claims: readonly Claim[],
  labels: ReadonlyMap<string, string>,
) {
  const charted = chartedClaims(claims);
  return withCacheKeys(
    paths.map((path) => {
      const { page } = path.props;
      const slugs = new Set(page.data.map((report) => report.slug));
      return {
        params: path.params,
        props: {
          page,
          claims: claimsForReports(charted, slugs),
          labels: labelsFor(labels, slugs),
        },
      };
    }),
  );
}
