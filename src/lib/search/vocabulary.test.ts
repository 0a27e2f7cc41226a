import { describe, expect, it } from "vitest";
import { Vocabulary } from "./vocabulary.ts";

describe("the search vocabulary", () => {
  it("lists each word once, in its most frequent form, most frequent first", () => {
    const words = new Vocabulary()
      .add("Drone attack on Kadhimi. The drone was shot down; the DRONE fell.")
      .add("al-Kadhimi, Kadhemi")
      .words();
    expect(words.slice(0, 3)).toEqual(["drone", "Kadhimi", "the"]);
    expect(words).toContain("Kadhemi");
    expect(words.filter((word) => word.toLowerCase() === "drone")).toHaveLength(1);
  });

  it("leaves out particles and numbers", () => {
    expect(new Vocabulary().add("al-Sadr of 2021, 7 November").words()).toEqual(["November", "Sadr"]);
  });
});
