/**
 * node scripts/cpuprofile-summary.ts <file.cpuprofile> [--top 25]
 *
 * Summarises a V8 CPU profile (from `node --cpu-prof`, as `npm run bench --
 * --profile` writes): the functions with the most self time, and the same
 * grouped by package, so the costs of a build can be named.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node scripts/cpuprofile-summary.ts <file.cpuprofile> [--top 25]");
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const totalMicros = profile.endTime - profile.startTime;

/** Where code comes from: a package name, the project, or Node itself. */
function origin(url: string): string {
  if (!url) return "(V8 / native)";
  if (url.startsWith("node:")) return "(node core)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replace(/.*node_modules\/\.pnpm\/[^/]+\//, ""));
  const pkg = match?.[1];
  if (pkg) return pkg;
  if (/\/(src|scripts)\//.test(url) || url.includes("/dist/") || url.includes("/.prerender/"))
    return "(project build)";
  return url;
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    ? `${url.replace(/^file:\/\/.*?node_modules\//, "").replace(/^file:\/\//, "")}:${lineNumber + 1}`
    : "";
  return `${functionName || "(anonymous)"} ${where}`.trim();
}

const byFunction = new Map<string, number>();
const byOrigin = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id);
  if (!node) continue;
  byFunction.set(label(node), (byFunction.get(label(node)) ?? 0) + micros);
  const from = origin(node.callFrame.url);
  byOrigin.set(from, (byOrigin.get(from) ?? 0) + micros);
}

const rows = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => {
      const ms = (micros / 1000).toFixed(0).padStart(8);
      const share = ((micros / totalMicros) * 100).toFixed(1).padStart(5);
      return `${ms} ms ${share}%  ${name}`;
    })
    .join("\n");

console.log(`${file}: ${(totalMicros / 1e6).toFixed(1)} s profiled\n`);
console.log(`Self time by package:\n${rows(byOrigin)}\n`);
console.log(`Self time by function:\n${rows(byFunction)}`);
