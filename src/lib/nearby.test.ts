import { describe, expect, it } from "vitest";
import { nearby } from "./nearby.ts";

const list = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

describe("nearby", () => {
  it("lists every other item when the list is short", () => {
    expect(nearby(["a", "b", "c", "d", "e"], 2, 6)).toEqual(["a", "b", "d", "e"]);
  });

  it("takes as many before as after in the middle of a long list", () => {
    expect(nearby(list, 5, 4)).toEqual(["d", "e", "g", "h"]);
  });

  it("fills from the other side at either end", () => {
    expect(nearby(list, 0, 4)).toEqual(["b", "c", "d", "e"]);
    expect(nearby(list, 9, 4)).toEqual(["f", "g", "h", "i"]);
    expect(nearby(list, 8, 4)).toEqual(["f", "g", "h", "j"]);
  });

  it("stays the same size however long the list", () => {
    const long = Array.from({ length: 10_000 }, (_, i) => i);
    expect(nearby(long, 5000, 6)).toEqual([4997, 4998, 4999, 5001, 5002, 5003]);
  });

  it("refuses an index outside the list", () => {
    expect(() => nearby(list, 10, 4)).toThrow(RangeError);
  });
});
