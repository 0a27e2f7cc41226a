import { z } from "astro/zod";
import { reportCitation } from "../content/citations.ts";
import { position } from "../content/file-order.ts";

/** One entry of content/timeline.yaml: an event the reports describe. Each field's `.describe()` documents it. */
export const timelineEventSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens")
    .describe("The event's id, lowercase words joined by hyphens: its anchor on /timeline/ (`#<id>`)."),
  date: z.iso
    .date({ error: "must be a real date written YYYY-MM-DD" })
    .describe("The day, `YYYY-MM-DD`. Events sort by it, then by `position`."),
  approximate: z
    .boolean()
    .optional()
    .describe(
      "`true`: the reports give no day, only a span; `date` then only orders the event, and `time` says when.",
    ),
  time: z
    .string()
    .min(1)
    .optional()
    .describe('The time of day or span, in words, where the reports give one ("early hours").'),
  title: z.string().min(1).describe("What happened, in a line."),
  cite: z
    .array(reportCitation)
    .min(1)
    .describe("The reports that tell of the event, each with an exact snippet from the cited paragraph."),
  position,
});

export const timelineSchema = timelineEventSchema.refine((event) => !event.approximate || event.time, {
  message: "an approximate event needs a time saying when, in words",
  path: ["time"],
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
