import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHADE_STEPS, SHARE_STEPS, shadeClass, shareClass } from "./css-steps.ts";

describe("CSS step classes", () => {
  it("round a fraction to the nearest step and clamp it", () => {
    expect(shareClass(0)).toBe("share-0");
    expect(shareClass(1 / 3)).toBe("share-7");
    expect(shareClass(1)).toBe("share-20");
    expect(shareClass(1.5)).toBe("share-20");
    expect(shareClass(Number.NaN)).toBe("share-0");
    expect(shadeClass(0.5)).toBe("shade-5");
  });

  it("have a rule in the stylesheet for every step", () => {
    const shares = readFileSync("src/styles/claims.css", "utf8");
    const shades = readFileSync("src/styles/coverage.css", "utf8");
    for (let n = 0; n <= SHARE_STEPS; n++) expect(shares).toContain(`.share-${n} {`);
    for (let n = 0; n <= SHADE_STEPS; n++) expect(shades).toContain(`.shade-${n} {`);
  });
});
