import { describe, expect, it } from "vitest";
import { sortTimeline, timelineProblems } from "./validate.ts";

const paragraphs = new Map([
  ["afp", ["Hundreds clashed with police on Friday.", "A drone hit early Sunday."]],
]);

describe("timeline validation", () => {
  it("fails a citation whose snippet is not in its paragraph", () => {
    const events = [
      {
        id: "attack",
        date: "2021-11-07",
        position: 0,
        title: "Attack",
        cite: [{ report: "afp", paragraph: 1, snippet: "early Sunday" }],
      },
    ];
    expect(timelineProblems(events, paragraphs, "timeline.yaml")).toEqual([
      'timeline.yaml: event "attack", cite[0]: snippet "early Sunday" is not in paragraph 1 of "afp" (it is in paragraph 2)',
    ]);
  });

  it("orders events by date, keeping file order within a day", () => {
    const events = [
      { id: "c", date: "2021-11-07", position: 2 },
      { id: "a", date: "2021-11-05", position: 1 },
      { id: "b", date: "2021-11-07", position: 0 },
    ];
    expect(sortTimeline(events).map((event) => event.id)).toEqual(["a", "b", "c"]);
  });
});
