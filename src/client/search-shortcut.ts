/**
 * `/` focuses the search field, as on most sites with search: the header's
 * field, or the search page's own. Ignored while typing in a field.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const field = document.querySelector<HTMLInputElement>("[data-site-search] input, [data-search-field]");
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
