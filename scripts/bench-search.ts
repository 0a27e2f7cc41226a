/**
 * npm run bench:search -- [--dir dist] [--peer <peer dist>] [--goal-kb 130] [query]
 *
 * What a first search costs a reader, the archive beside its Starlight
 * peer in the same run (scripts/lib/bench/search-weight.ts says how each is
 * measured): requests, bytes (served and gzip) and time until the first
 * results show. --dir measures another build, such as a synthetic archive
 * kept by `npm run bench -- --keep`; --peer a peer already built (by
 * default bench/tmp/peer/dist, built from ../shared/peers/starlight on
 * first use). Exits non-zero when the archive is over its goal (130 KB,
 * or --goal-kb for a larger archive) or, at the default goal, not lighter
 * than the peer.
 */
import { parseArgs } from "node:util";
import { launchChromium } from "./lib/browser.ts";
import {
  GOAL_FIVE_REPORTS,
  formatLoad,
  kb,
  measureArchiveSearch,
  measurePeerSearch,
  peerSite,
} from "./lib/bench/search-weight.ts";
import { deploymentFromEnv } from "../src/lib/paths.ts";

const { values, positionals } = parseArgs({
  options: {
    dir: { type: "string", default: "dist" },
    peer: { type: "string" },
    "goal-kb": { type: "string" },
  },
  allowPositionals: true,
});
const [query = "Kadhimi"] = positionals;
const goal = values["goal-kb"] ? Number(values["goal-kb"]) * 1024 : GOAL_FIVE_REPORTS;
const { base } = deploymentFromEnv();
const peer = peerSite(values.peer);

const browser = await launchChromium();
let failed = false;
try {
  const archive = await measureArchiveSearch(browser, { dir: values.dir, base, query });
  console.log(`Search benchmark, query "${query}": Chromium, cold browser cache, ${1280}×${900}\n`);
  console.log(formatLoad(`archive (${values.dir}/): /search/?q= to results`, archive));
  if (process.env["VERBOSE"]) {
    for (const t of archive.transfers)
      console.log(`    ${kb(t.served).padStart(9)} ${kb(t.gzip).padStart(9)}  ${t.url}`);
  }
  const verdicts = [`goal ≤ ${kb(goal)}: ${archive.gzip <= goal ? "met" : "OVER"}`];
  failed ||= archive.gzip > goal;
  if (peer.dir) {
    const measured = await measurePeerSearch(browser, { dir: peer.dir, query });
    const total = {
      requests: measured.page.requests + measured.search.requests,
      served: measured.page.served + measured.search.served,
      gzip: measured.page.gzip + measured.search.gzip,
      ms: measured.page.ms + measured.search.ms,
    };
    console.log(formatLoad("peer: report page", measured.page));
    console.log(formatLoad("peer: search opened to results", measured.search));
    console.log(formatLoad("peer: both", total));
    verdicts.push(`lighter than the peer: ${archive.gzip < total.gzip ? "yes" : "NO"}`);
    // The peer holds the five reports: a larger archive (--goal-kb) is held to its own goal only.
    if (!values["goal-kb"]) failed ||= archive.gzip >= total.gzip;
  } else {
    console.log(`peer not measured: ${peer.reason ?? "unknown"}`);
  }
  console.log(`\narchive, gzip: ${kb(archive.gzip)}; ${verdicts.join("; ")}`);
} finally {
  await browser.close();
}
if (failed) process.exitCode = 1;
