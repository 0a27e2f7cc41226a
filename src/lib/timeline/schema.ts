import { z } from "astro/zod";
import { reportCitation } from "../content/citations.ts";
import { position } from "../content/file-order.ts";

/** One entry of content/timeline.yaml: an event the reports describe. */
export const timelineEventSchema = z.object({
  /** The anchor on /timeline/ (`#<id>`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  /** The day, `YYYY-MM-DD`; events sort by it, then by their order in the file. */
  date: z.iso.date({ error: "must be a real date written YYYY-MM-DD" }),
  /**
   * The reports give no day, only a span: `date` then only orders the event,
   * and the page shows `time` instead.
   */
  approximate: z.boolean().optional(),
  /** The time of day or span, in words, where the reports give one ("early hours"). */
  time: z.string().min(1).optional(),
  /** What happened, in a line. */
  title: z.string().min(1),
  /** The reports that tell of it, each with an exact snippet from the cited paragraph. */
  cite: z.array(reportCitation).min(1),
  position,
});

export const timelineSchema = timelineEventSchema.refine((event) => !event.approximate || event.time, {
  message: "an approximate event needs a time saying when, in words",
  path: ["time"],
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
