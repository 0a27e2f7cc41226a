import { describe, expect, it } from "vitest";
import { pageOf, pageRange, pagerLinks } from "./paging.ts";

describe("paging", () => {
  it("names the items a page holds, the last page cut short", () => {
    expect(pageRange(1, 10, 25)).toBe("1–10");
    expect(pageRange(3, 10, 25)).toBe("21–25");
    expect(pageRange(2, 1000, 5000)).toBe("1,001–2,000");
  });

  it("finds the page an item stands on", () => {
    expect(pageOf(1, 25)).toBe(1);
    expect(pageOf(25, 25)).toBe(1);
    expect(pageOf(26, 25)).toBe(2);
  });

  it("links the pages either side, and none past the ends", () => {
    const hrefOf = (n: number) => `/list/${n}/`;
    const labels = { previous: "Earlier", next: "Later" };
    const detailOf = (n: number) => `page ${n}`;
    expect(pagerLinks({ currentPage: 1, lastPage: 1 }, hrefOf, labels, detailOf)).toEqual({});
    expect(pagerLinks({ currentPage: 2, lastPage: 3 }, hrefOf, labels, detailOf)).toEqual({
      previous: { href: "/list/1/", label: "Earlier", detail: "page 1" },
      next: { href: "/list/3/", label: "Later", detail: "page 3" },
    });
    expect(pagerLinks({ currentPage: 3, lastPage: 3 }, hrefOf, labels, detailOf).next).toBeUndefined();
  });
});
