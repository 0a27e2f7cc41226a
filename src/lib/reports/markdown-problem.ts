import type { Node } from "unist";
import type { VFile } from "vfile";

/**
 * Stops rendering a report body at `node`, its line and column leading the
 * message: Astro reports a Markdown plugin's failure without them, and the
 * reports loader turns this into `file:line:column: body: reason`.
 */
export function failAt(file: VFile, node: Node, reason: string): never {
  const start = node.position?.start;
  return file.fail(start ? `${start.line}:${start.column}: ${reason}` : reason, node);
}

/** Splits a failure made by failAt back into its place and reason. */
export function parseFailure(message: string): { line?: number; column?: number; reason: string } {
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (!match) return { reason: message };
  return { line: Number(match[1]), column: Number(match[2]), reason: match[3] ?? "" };
}
