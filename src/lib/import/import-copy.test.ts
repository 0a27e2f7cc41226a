import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tempDir } from "../../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import matter from "gray-matter";
import { beforeEach, describe, expect, it } from "vitest";
import { bodyBlocks } from "../reports/text.ts";
import { importCopy } from "./import-copy.ts";

const SOURCES = "content/sources";
const REPORTS = "content/reports";

function committedReports() {
  return readdirSync(REPORTS).map((name) => {
    const { data, content } = matter(readFileSync(join(REPORTS, name), "utf8"));
    return { slug: name.replace(/\.md$/, ""), data, content };
  });
}

/** The temp folder, which nothing outside the content folder may add to. */
let root: string;
/** The content folder, deep enough that `../../../x` from its reports/ is still inside `root`. */
let work: string;
beforeEach(() => {
  root = tempDir("import");
  work = join(root, "site", "archive", "content");
  mkdirSync(work, { recursive: true });
});

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("importer on the five copies", () => {
  it.each(committedReports())("reproduces the committed body of $slug", (report) => {
    const source = report.data["source"] as { file: string; sha256: string };
    const result = importCopy({ file: join(SOURCES, source.file), contentDir: work, slug: report.slug });
    const draft = matter(readFileSync(result.reportPath, "utf8"));

    expect(draft.content).toBe(report.content);
    expect(draft.data["source"]).toEqual(source);
    expect(draft.data["removedChrome"]).toEqual(report.data["removedChrome"]);
    expect(draft.data["dek"]).toEqual(report.data["dek"]);
    expect(draft.data["dateline"]).toEqual(report.data["dateline"]);
    if (report.data["titleSource"] === "printed") expect(draft.data["title"]).toBe(report.data["title"]);
    expect(draft.data["review"]).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(readFileSync(result.sourcePath)).toEqual(readFileSync(join(SOURCES, source.file)));
  });
});

describe("importer refuses bad input and overwrites nothing", () => {
  function expectRefusal(file: string, message: RegExp, options: { slug?: string } = {}) {
    mkdirSync(join(work, "reports"), { recursive: true });
    writeFileSync(join(work, "reports", "existing.md"), "kept");
    const before = listing(work);
    const outside = listing(root);
    expect(() => importCopy({ file, contentDir: work, ...options })).toThrow(message);
    expect(listing(root)).toEqual(outside);
    expect(listing(work)).toEqual(before);
    expect(readFileSync(join(work, "reports", "existing.md"), "utf8")).toBe("kept");
  }

  it("a missing file", () => {
    expectRefusal(join(work, "nope.txt"), /nope\.txt: file not found/);
  });

  it("an empty file", () => {
    writeFileSync(join(work, "empty.txt"), "");
    expectRefusal(join(work, "empty.txt"), /empty\.txt: file is empty/);
  });

  it("a file of white space", () => {
    writeFileSync(join(work, "blank.txt"), "\n  \n");
    expectRefusal(join(work, "blank.txt"), /blank\.txt: file has no text/);
  });

  it("a file that is not UTF-8", () => {
    writeFileSync(
      join(work, "latin1.txt"),
      Buffer.from([0x42, 0x61, 0x67, 0x68, 0x64, 0x61, 0x64, 0xe9, 0x0a]),
    );
    expectRefusal(
      join(work, "latin1.txt"),
      /latin1\.txt: file is not valid UTF-8 text \(invalid byte at offset 7\)/,
    );
  });

  it("a binary file", () => {
    writeFileSync(join(work, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expectRefusal(join(work, "image.txt"), /image\.txt: file is binary/);
  });

  it("a copy imported already (same sha256), even under another name", () => {
    const first = importCopy({ file: join(SOURCES, "001_ae1f1351d33526cf.txt"), contentDir: work });
    copyFileSync(join(SOURCES, "001_ae1f1351d33526cf.txt"), join(work, "renamed.txt"));
    const before = listing(work);
    expect(() => importCopy({ file: join(work, "renamed.txt"), contentDir: work })).toThrow(
      new RegExp(`already imported as .*${first.reportPath.split("/").at(-1)}`),
    );
    expect(listing(work)).toEqual(before);
  });

  it("a slug that climbs out of the content folder", () => {
    writeFileSync(join(work, "copy.txt"), "Headline here\nA paragraph.\n");
    expectRefusal(
      join(work, "copy.txt"),
      /copy\.txt: --slug "\.\.\/\.\.\/\.\.\/x" is not a report address: use lowercase letters, digits and single hyphens/,
      { slug: "../../../x" },
    );
  });

  it.each(["sub/dir", "/tmp/x", "Upper-Case", "two--hyphens", "-leading", "spa ce", "é", "x.md", ""])(
    "a slug the schema refuses: %j",
    (slug) => {
      writeFileSync(join(work, "copy.txt"), "Headline here\nA paragraph.\n");
      expectRefusal(join(work, "copy.txt"), /copy\.txt: --slug ".*" is not a report address/, { slug });
    },
  );

  it("a headline that gives no usable address, unless a slug is chosen", () => {
    writeFileSync(join(work, "arabic.txt"), "هجوم بطائرة مسيرة\nA paragraph.\n");
    expectRefusal(
      join(work, "arabic.txt"),
      /arabic\.txt: the headline gives no usable address .*choose one with --slug/,
    );
    expect(
      importCopy({ file: join(work, "arabic.txt"), contentDir: work, slug: "drone-attack" }).reportPath,
    ).toBe(join(work, "reports", "drone-attack.md"));
  });

  it("a symbolic link, even to a readable text file", () => {
    symlinkSync("/etc/passwd", join(work, "passwd.txt"));
    expectRefusal(
      join(work, "passwd.txt"),
      /passwd\.txt: is a symbolic link, not a plain-text file; import the copy itself/,
    );
  });

  it("a folder", () => {
    mkdirSync(join(work, "folder.txt"));
    expectRefusal(join(work, "folder.txt"), /folder\.txt: is a folder, not a plain-text file/);
  });

  it("a device", () => {
    expectRefusal("/dev/zero", /\/dev\/zero: is a device, not a plain-text file/);
  });

  it("a named pipe, without waiting on it", () => {
    execFileSync("mkfifo", [join(work, "pipe.txt")]);
    expectRefusal(join(work, "pipe.txt"), /pipe\.txt: is a named pipe, not a plain-text file/);
  });

  it("a copy over the size limit, which --max-mb raises", () => {
    const big = join(work, "big.txt");
    writeFileSync(big, "Headline\n");
    truncateSync(big, 50 * 1024 * 1024);
    expectRefusal(
      big,
      /big\.txt: file is 50 MB, over the 2 MB a copy may be; .*raise the limit with --max-mb/,
    );
    writeFileSync(big, `Headline\n${"A long paragraph. ".repeat(130_000)}\n`);
    expectRefusal(big, /big\.txt: file is 2\.2 MB, over the 2 MB/);
    expect(importCopy({ file: big, contentDir: work, maxBytes: 3 * 1024 * 1024 }).sourcePath).toBe(
      join(work, "sources", "big.txt"),
    );
    // Importing 2 MB of text (parsed, written, read back) takes seconds on a busy machine.
  }, 60_000);

  it.each([
    ["BEL", "Para with a bell \u0007 in it.", "line 2, column 18: control character U+0007"],
    ["ESC", "\u001b[31mRed text.", "line 2, column 1: control character U+001B"],
    ["DEL", "Del\u007f.", "line 2, column 4: control character U+007F"],
    ["C1", "Next line \u0085 here.", "line 2, column 11: control character U+0085"],
    ["vertical tab", "é\u000b", "line 2, column 2: control character U+000B"],
    ["form feed, after CR line breaks", "x\r\u000c", "line 3, column 1: control character U+000C"],
  ])("a control character: %s", (_name, line, where) => {
    writeFileSync(join(work, "control.txt"), `Headline\n${line}\n`);
    expectRefusal(
      join(work, "control.txt"),
      new RegExp(
        `control\\.txt: ${where.replace(/[+.]/g, "\\$&")} is not allowed in a copy \\(only tab and line breaks are\\)`,
      ),
    );
  });

  it("a report or sources folder that is a link to somewhere else", () => {
    const elsewhere = tempDir("elsewhere");
    symlinkSync(elsewhere, join(work, "sources"));
    writeFileSync(join(work, "copy.txt"), "Headline here\nA paragraph.\n");
    expectRefusal(
      join(work, "copy.txt"),
      /copy\.txt: .*sources is not a folder \(a link or a file is in its place\)/,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("a kept copy of the same name with other content", () => {
    mkdirSync(join(work, "sources"), { recursive: true });
    writeFileSync(join(work, "sources", "copy.txt"), "Another copy\n");
    writeFileSync(join(work, "copy.txt"), "Headline here\nA paragraph.\n");
    expectRefusal(join(work, "copy.txt"), /sources\/copy\.txt exists already with other content/);
  });

  it("a draft whose report file exists", () => {
    mkdirSync(join(work, "reports"), { recursive: true });
    writeFileSync(join(work, "reports", "taken.md"), "kept");
    expect(() =>
      importCopy({ file: join(SOURCES, "001_ae1f1351d33526cf.txt"), contentDir: work, slug: "taken" }),
    ).toThrow(/taken\.md exists already/);
    expect(readFileSync(join(work, "reports", "taken.md"), "utf8")).toBe("kept");
  });
});

describe("importer on tricky copies: imported word for word", () => {
  function imported(name: string, bytes: string | Buffer) {
    writeFileSync(join(work, name), bytes);
    const result = importCopy({ file: join(work, name), contentDir: work });
    const draft = matter(readFileSync(result.reportPath, "utf8"));
    return { result, data: draft.data, body: draft.content };
  }

  /** The draft's headline, dek and body blocks: what the page prints, in order. */
  function printed(data: Record<string, unknown>, body: string): string[] {
    return [
      ...(data["titleSource"] === "printed" ? [String(data["title"])] : []),
      ...(typeof data["dek"] === "string" ? [data["dek"]] : []),
      ...bodyBlocks(body),
    ];
  }

  it("CR-only line breaks: one paragraph a line, recorded, the copy kept byte for byte", () => {
    const raw = "Old Mac headline\rFirst paragraph here.\rSecond paragraph here.\rThird one.\r";
    const { result, data, body } = imported("mac.txt", raw);
    expect(data["normalized"]).toEqual({ lineEndings: "cr" });
    expect(bodyBlocks(body)).toEqual(["Second paragraph here.", "Third one."]);
    expect(readFileSync(result.sourcePath, "latin1")).toBe(raw);
  });

  it("CR LF line breaks and a byte order mark: dropped from the draft, recorded, kept in the copy", () => {
    const raw = "\uFEFFWindows headline\r\nFirst paragraph here.\r\nSecond paragraph.\r\n";
    const { result, data, body } = imported("windows.txt", raw);
    expect(data["normalized"]).toEqual({ lineEndings: "crlf", bom: true });
    expect(data["title"]).toBe("Windows headline");
    expect(body).not.toMatch(/[\r\uFEFF]/);
    expect(readFileSync(result.sourcePath)).toEqual(Buffer.from(raw));
  });

  it("a copy with nothing to normalise records nothing", () => {
    const { data } = imported("plain.txt", "Plain headline\nA paragraph.\n");
    expect(data["normalized"]).toBeUndefined();
  });

  it("anything remark-directive or Markdown would read as syntax", () => {
    const lines = [
      "Times and ratios 10:30:15 reported",
      "It was agreed.",
      "The line x:y:z stays as written.",
      "::leaf text directive at a line's start.",
      ":::caption as if it were a caption.",
      "::: spaced fence and :name[label]{#id .class} too.",
      "A colon before an emoji :😀 and a letter :é.",
      "# Not a heading, 1. not a list, *not emphasis*, <b>not HTML</b>, &amp; not an entity.",
      "[a link](javascript:alert(1)) and <https://example.org> stay text.",
      "A backslash \\: before a colon, a tab\there.",
    ];
    const { data, body } = imported("tricky.txt", `${lines.join("\n")}\n`);
    expect(printed(data, body)).toEqual(lines);
  });

  it("a file name with spaces or letters outside ASCII is kept under a name the schema accepts", () => {
    const { result, data } = imported("Rapport du 7 novembre é ü.txt", "A headline\nA paragraph.\n");
    expect(data["source"]).toMatchObject({ file: "Rapport-du-7-novembre-e-u.txt" });
    expect(result.sourcePath).toBe(join(work, "sources", "Rapport-du-7-novembre-e-u.txt"));
    expect(data["review"]).toContain(
      'raw copy kept as Rapport-du-7-novembre-e-u.txt: its file name "Rapport du 7 novembre é ü.txt" has characters a source file name may not',
    );
  });

  it.each([
    ["تقرير.txt", /^copy-[0-9a-f]{16}\.txt$/],
    [".hidden.txt", /^hidden\.txt$/],
    ["..txt", /^copy-[0-9a-f]{16}\.txt$/],
    ["notes.md", /^notes\.txt$/],
  ])("the file name %j is kept as a published, schema-valid name", (name, stored) => {
    const { data } = imported(name, "A headline\nA paragraph.\n");
    expect((data["source"] as { file: string }).file).toMatch(stored);
  });
});
