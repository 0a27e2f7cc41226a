import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCopy } from "./parse-copy.ts";

const copy = (name: string) => readFileSync(`content/sources/${name}`, "utf8");

describe("parseCopy", () => {
  it("finds the AP copy's chrome, stated date, captions and embedded post", () => {
    const parsed = parseCopy(copy("004_064c36f7512e8fff.txt"));
    expect(parsed.removedChrome).toEqual(["date 2021-11-07", "An error occurred. Please try again."]);
    expect(parsed.statedDate).toBe("2021-11-07");
    expect(parsed.headline).toBeUndefined();
    const captions = parsed.blocks.filter((block) => block.kind === "caption");
    expect(captions.map((caption) => caption.credit)).toEqual([
      "Khalid Mohammed/AP",
      "Iraqi Prime Minister Media Office/AP",
      "Hadi Mizban/AP",
      "Iraqi Prime Minister Media Office/AP",
    ]);
    expect(parsed.blocks.find((block) => block.kind === "post")).toMatchObject({
      author: "Ranj Alaaldin",
      handle: "@RanjAlaaldin",
      date: "2021-11-07",
      url: "https://t.co/BSE0HXVUa9",
    });
  });

  it("finds the AFP copy's close button, headline, photo credit and subheadings", () => {
    const parsed = parseCopy(copy("002_3c470ac4067c215c.txt"));
    expect(parsed.removedChrome).toEqual(["X", "Related Posts"]);
    expect(parsed.headline).toBe("Iraqi PM Escapes ‘Assassination Attempt’ Drone Blast");
    expect(parsed.dek).toBeUndefined();
    expect(parsed.blocks[0]).toMatchObject({ kind: "caption", credit: "Eliot Blondet/AFP" });
    const headings = parsed.blocks.filter((block) => block.kind === "subheading").map((block) => block.text);
    expect(headings).toEqual(["‘Cowardly’", "Mounting Tensions"]);
  });

  it("finds Al-Monitor's standfirst and the trailing teaser for another article", () => {
    const parsed = parseCopy(copy("003_296616a66329da3a.txt"));
    expect(parsed.dek).toMatch(/^A drone attack on the residence of the Iraqi prime minister/);
    expect(parsed.removedChrome[0]).toBe("Check Also");
    expect(parsed.removedChrome).toHaveLength(3);
    expect(parsed.blocks.every((block) => block.kind === "paragraph")).toBe(true);
  });

  it("keeps a copy with no chrome whole and reads its dateline", () => {
    const text = copy("000_568e1a2e10953ba3.txt");
    const parsed = parseCopy(text);
    expect(parsed.removedChrome).toEqual([]);
    expect(parsed.dateline).toBe("BAGHDAD");
    expect(parsed.blocks).toHaveLength(text.trim().split("\n").length);
  });

  it("keeps a one-letter paragraph in the middle of a copy: chrome is looked for only at the ends", () => {
    const parsed = parseCopy("Headline here\n\nFirst paragraph.\n\nX\n\nLast paragraph.\n\nRelated Posts");
    expect(parsed.removedChrome).toEqual(["Related Posts"]);
    expect(parsed.blocks.map((block) => block.text)).toContain("X");
  });

  it("lists every guess for review", () => {
    const parsed = parseCopy(copy("001_ae1f1351d33526cf.txt"));
    expect(parsed.review).toEqual([
      'page chrome removed: "Read More"',
      'page chrome removed: "Related Posts"',
      'headline (first line): "Iraqi Prime Minister’s residence targeted by drone strike, military…"',
      "dateline: BAGHDAD",
    ]);
  });
});
