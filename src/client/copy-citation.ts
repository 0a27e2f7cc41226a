/**
 * Each paragraph's ¶ is its permalink and its copy-citation action: one tab
 * stop. Choosing it (click, tap, Enter) follows the link as before and
 * copies "AP, '[Title]', ¶5, <address>#p-5". A status line confirms the
 * copy; where the clipboard is refused it shows the citation, selected,
 * for copying by hand.
 */
import { paragraphCitation } from "../lib/cite/paragraph.ts";

const article = document.querySelector<HTMLElement>("article[data-cite-title]");
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

/** The one status line, made on first use: announced politely, shown at the bottom of the window. */
function statusLine(): HTMLElement {
  let status = document.getElementById("cite-status");
  if (!status) {
    status = document.createElement("p");
    status.id = "cite-status";
    status.className = "cite-status";
    status.setAttribute("role", "status");
    document.body.append(status);
  }
  return status;
}

let hideTimer: number | undefined;

function confirm(link: HTMLElement, message: string, citation?: string): void {
  const status = statusLine();
  status.replaceChildren(message);
  if (citation) {
    const text = document.createElement("span");
    text.className = "cite-status__text";
    text.textContent = citation;
    status.append(" ", text);
    getSelection()?.selectAllChildren(text);
  }
  status.classList.add("cite-status--shown");
  link.classList.add("permalink--copied");
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(
    () => {
      status.classList.remove("cite-status--shown");
      link.classList.remove("permalink--copied");
    },
    citation ? 12000 : 2500,
  );
}

async function copy(link: HTMLAnchorElement): Promise<void> {
  const number = Number(/^#p-(\d+)$/.exec(link.getAttribute("href") ?? "")?.[1]);
  if (!article || !number) return;
  const citation = paragraphCitation(
    article.dataset["citeOutlet"] ?? "",
    article.dataset["citeTitle"] ?? "",
    number,
    canonical,
  );
  try {
    await navigator.clipboard.writeText(citation);
    confirm(link, `Copied citation to ¶${number}.`);
  } catch {
    confirm(link, `Copy this citation to ¶${number}:`, citation);
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>(".para > a.permalink")) {
  const number = /\d+/.exec(link.getAttribute("href") ?? "")?.[0] ?? "";
  link.title = `Link to paragraph ${number} and copy a citation to it`;
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(".para > a.permalink");
  // The link is still followed: the address shows the paragraph, and it is highlighted.
  if (link) copy(link).catch((error: unknown) => console.error(error));
});
