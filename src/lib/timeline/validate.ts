import { citationProblem, type ParagraphTable } from "../citations.ts";
import type { TimelineEvent } from "./schema.ts";

export const TIMELINE_FILE = "content/timeline.yaml";

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
export function sortTimeline<T extends { date: string }>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}
