import { budgetFor, htmlPages, weighPage } from "../page-weight.ts";

/** How one kind of budgeted page fares across a built archive. */
export interface BudgetSummary {
  kind: string;
  budget: number;
  pages: number;
  /** The heaviest page of the kind, gzip, with what blocks its first paint. */
  largest: number;
  largestPage: string;
  /** Pages over the budget. */
  over: number;
}

/**
 * The page-weight budgets `npm run test:site` holds the real site to,
 * applied to every budgeted page of a built archive, built for `base`.
 */
export function budgetSummary(dist: string, base = "/"): BudgetSummary[] {
  const byKind = new Map<string, BudgetSummary>();
  for (const page of htmlPages(dist)) {
    const budget = budgetFor(page);
    if (!budget) continue;
    const { total } = weighPage(page, dist, base);
    const summary = byKind.get(budget.kind) ?? {
      kind: budget.kind,
      budget: budget.bytes,
      pages: 0,
      largest: 0,
      largestPage: page,
      over: 0,
    };
    summary.pages += 1;
    if (total > summary.largest) {
      summary.largest = total;
      summary.largestPage = page;
    }
    if (total > budget.bytes) summary.over += 1;
    byKind.set(budget.kind, summary);
  }
  return [...byKind.values()];
}
