import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";

const KADHIMI = "/entities/mustafa-al-kadhimi/";

function links(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)" class="entity-link">([^<]+)<\/a>/g)].map(
    (match) => `${match[2]} → ${match[1]}`,
  );
}

describe("remark-entity-links", () => {
  it("links every spelling of a name to the one entity page", async () => {
    const spellings = ["Kadhemi spoke.", "Mr al-Khadimi met Barham Saleh.", "Mustafa Kadhami too."];
    const found = await Promise.all(spellings.map(async (text) => links(await renderMarkdown(`${text}\n`))));
    expect(found.flat()).toEqual([
      `Kadhemi → ${KADHIMI}`,
      `al-Khadimi → ${KADHIMI}`,
      "Barham Saleh → /entities/barham-salih/",
      `Mustafa Kadhami → ${KADHIMI}`,
    ]);
  });

  it("prefers the longest alias and keeps possessives in the link", async () => {
    const html = await renderMarkdown("Moqtada al-Sadr’s movement and Kadhimi's office.\n");
    expect(links(html)).toEqual(["Moqtada al-Sadr’s → /entities/moqtada-al-sadr/", `Kadhimi's → ${KADHIMI}`]);
  });

  it("matches whole words only, case for case, and not inside hyphenated compounds", async () => {
    const html = await renderMarkdown("Iran-linked groups said this is IS; Sadrist Iranians of Iraq.\n");
    expect(links(html)).toEqual(["IS → /entities/islamic-state/", "Iraq → /entities/iraq/"]);
  });

  it("links an entity at its first mention in the report's paragraphs only", async () => {
    const html = await renderMarkdown("Sadr said Sadr would.\n\nSadr again, and Biden.\n");
    expect(links(html)).toEqual(["Sadr → /entities/moqtada-al-sadr/", "Biden → /entities/joe-biden/"]);
  });

  it("links a name once more in the captions and posts, once for all of them", async () => {
    const html = await renderMarkdown(
      'Kadhimi spoke.\n\n:::caption{credit="X/AP"}\nKadhimi at his desk (X/AP)\n:::\n\n:::caption{credit="Y/AP"}\nKadhimi again (Y/AP)\n:::\n\nKadhimi left.\n',
    );
    expect(links(html)).toEqual([`Kadhimi → ${KADHIMI}`, `Kadhimi → ${KADHIMI}`]);
  });

  it("never links the dateline, and links the place at its next mention", async () => {
    const html = await renderMarkdown(
      "BAGHDAD — A drone hit Kadhimi's home.\n\nSmoke rose over Baghdad.\n",
      "fixture.md",
      "/",
      { dateline: "BAGHDAD" },
    );
    expect(links(html)).toEqual([`Kadhimi's → ${KADHIMI}`, "Baghdad → /entities/baghdad/"]);
  });

  it("never sets two links side by side: the longer name keeps its link, the other waits", async () => {
    const html = await renderMarkdown("In the Baghdad Green Zone, guards.\n\nBaghdad was calm.\n");
    expect(links(html)).toEqual(["Green Zone → /entities/green-zone/", "Baghdad → /entities/baghdad/"]);
    expect(html).toContain("In the Baghdad <a");
  });

  it("never links inside headings or existing links", async () => {
    const html = await renderMarkdown("## Kadhimi speaks\n\nSee [Kadhimi](https://example.com) and Biden.\n");
    expect(links(html)).toEqual(["Biden → /entities/joe-biden/"]);
    expect(html).toContain('<h2 id="kadhimi-speaks">Kadhimi speaks</h2>');
  });

  it("links names in a caption's text but not in the credit line the archive adds", async () => {
    const html = await renderMarkdown(
      ':::caption{credit="Khalid Mohammed/AP"}\nMustafa al-Kadhimi (Khalid Mohammed/AP)\n:::\n',
    );
    expect(links(html)).toEqual([`Mustafa al-Kadhimi → ${KADHIMI}`]);
    expect(html).toContain('<span class="credit">Khalid Mohammed/AP</span>');
  });

  it("leaves the text exactly as it was", async () => {
    const markdown = "BAGHDAD — A drone hit the Green Zone, said Said Khatibzadeh of Iran’s ministry.\n";
    const html = await renderMarkdown(markdown, "fixture.md", "/", { dateline: "BAGHDAD" });
    const text = html.replace(/<a class="permalink"[\s\S]*?<\/a>/, "").replace(/<[^>]+>/g, "");
    expect(text.trim()).toBe(markdown.trim());
    expect(links(html)).toHaveLength(3);
  });

  it("makes links under the site's base path", async () => {
    const html = await renderMarkdown("Biden spoke.\n", "fixture.md", "/sub/path/");
    expect(links(html)).toEqual(["Biden → /sub/path/entities/joe-biden/"]);
  });
});
