/**
 * The search page's filter pane: a group of checkboxes per filter, in the
 * order FILTER_KEYS gives, each value with its count. In a group a page has
 * one value of (kind, outlet, wire) the values combine with OR, so once one
 * is ticked the others stay listed with the results each would add; people
 * and groups combine with AND and list what the current results name.
 */
import type { FilterCounts } from "./pagefind-api.ts";
import { EITHER_FILTERS, FILTER_KEYS, type FilterKey, type SearchState } from "../lib/search/url-state.ts";

export type FilterChange = (key: FilterKey, values: string[]) => void;

function valuesToShow(counts: Record<string, number>, selected: readonly string[]): [string, number][] {
  const shown = Object.entries(counts).filter(([value, count]) => count > 0 || selected.includes(value));
  for (const value of selected) if (!(value in counts)) shown.push([value, 0]);
  return shown.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en"));
}

export class FilterPane {
  readonly root: HTMLElement;
  readonly labels: Partial<Record<FilterKey, string>>;
  readonly onChange: FilterChange;

  constructor(root: HTMLElement, labels: Partial<Record<FilterKey, string>>, onChange: FilterChange) {
    this.root = root;
    this.labels = labels;
    this.onChange = onChange;
  }

  /**
   * Draws the groups. `counts` holds, for each value, the results it gives
   * (for a ticked OR group: the results it would add, from a search
   * without that group).
   */
  render(state: SearchState, counts: FilterCounts) {
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLInputElement && this.root.contains(focused)
        ? `${focused.name}\n${focused.value}`
        : undefined;
    const heading = this.root.querySelector("h2");
    this.root.replaceChildren(...(heading ? [heading] : []));
    for (const key of FILTER_KEYS) {
      const selected = state.filters[key] ?? [];
      const values = valuesToShow(counts[key] ?? {}, selected);
      if (values.length === 0) continue;
      const adds = EITHER_FILTERS.has(key) && selected.length > 0;
      const group = document.createElement("fieldset");
      group.className = "search-filter";
      const legend = document.createElement("legend");
      legend.textContent = this.labels[key] ?? key;
      group.append(legend);
      for (const [value, count] of values) {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = key;
        box.value = value;
        box.checked = selected.includes(value);
        box.addEventListener("change", () => {
          const now = [...this.root.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)];
          this.onChange(
            key,
            now.map((input) => input.value),
          );
        });
        const number = document.createElement("span");
        number.className = "search-filter__count";
        number.textContent = adds && !box.checked ? `+${count}` : String(count);
        label.append(box, ` ${value} `, number);
        group.append(label);
      }
      this.root.append(group);
    }
    if (refocus) {
      const [name, value] = refocus.split("\n");
      [...this.root.querySelectorAll<HTMLInputElement>("input")]
        .find((input) => input.name === name && input.value === value)
        ?.focus();
    }
  }
}
