import { contentFile } from "../content/content-dir.ts";
import { citationProblem, type ParagraphTable } from "../content/citations.ts";
import type { TimelineEvent } from "./schema.ts";

/** Under ARCHIVE_CONTENT_DIR (default content/), as messages show it. */
export const TIMELINE_FILE = contentFile("timeline.yaml");

/** Every citation's snippet must be in its cited paragraph. */
export function timelineProblems(
  events: readonly TimelineEvent[],
  paragraphs: ParagraphTable,
  file = TIMELINE_FILE,
): string[] {
  return events.flatMap((event) =>
    event.cite.flatMap((cite, c) => {
      const problem = citationProblem(paragraphs, cite);
      return problem ? [`${file}: event "${event.id}", cite[${c}]: ${problem}`] : [];
    }),
  );
}

/** Events in time order; events of one day keep their order in the file. */
export function sortTimeline<T extends { date: string; position: number }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
}
