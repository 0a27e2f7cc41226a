import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../tests/lib/render-markdown.ts";
import { PHOTO_NOT_ARCHIVED } from "./remark-report-blocks.ts";

describe("remark-report-blocks", () => {
  it("renders a caption as a figure that says the photo is not archived, with its credit set apart", async () => {
    const html = await renderMarkdown(
      ':::caption{credit="Khalid Mohammed/AP"}\nIraqi prime minister Mustafa al-Kadhimi (Khalid Mohammed/AP)\n:::\n',
    );
    expect(html).toContain('<figure class="report-figure" id="fig-1">');
    expect(html).toContain(PHOTO_NOT_ARCHIVED);
    expect(html).toContain('(<span class="credit">Khalid Mohammed/AP</span>)</figcaption>');
  });

  it("renders an embedded post as a quotation with author, handle, date and link", async () => {
    const html = await renderMarkdown(
      ':::post{platform="X" author="Ranj Alaaldin" handle="@RanjAlaaldin" date="2021-11-07" url="https://t.co/BSE0HXVUa9"}\nDark times ahead. https://t.co/BSE0HXVUa9 — Ranj Alaaldin (@RanjAlaaldin) November 7, 2021\n:::\n',
    );
    expect(html).toContain('<blockquote cite="https://t.co/BSE0HXVUa9">');
    expect(html).toContain("<p>Dark times ahead. https://t.co/BSE0HXVUa9 — ");
    expect(html).toContain("(@RanjAlaaldin) November 7, 2021</p>");
    expect(html).toContain("Post on X by Ranj Alaaldin (@RanjAlaaldin),");
    expect(html).toContain('<time datetime="2021-11-07">7 November 2021</time>');
    expect(html).toContain('<a href="https://t.co/BSE0HXVUa9">original link</a>');
  });

  it("keeps the copy's punctuation as it is: no smart quotes, no dashes made of hyphens", async () => {
    const html = await renderMarkdown('He said "fine" -- and left... \'twas so.\n');
    expect(html).toContain(`He said "fine" -- and left... 'twas so.`);
  });

  it("stops on an unknown directive, naming it", async () => {
    await expect(renderMarkdown(":::gallery\ntext\n:::\n")).rejects.toThrow(/unknown directive "gallery"/);
  });

  it("stops on a caption without its credit", async () => {
    await expect(renderMarkdown(":::caption\nA photo (Someone/AP)\n:::\n")).rejects.toThrow(/credit/);
  });
});
