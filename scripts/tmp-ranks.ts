// Ranks of each result for a list of queries, in Chromium, through the built site's own search page.
import { launchChromium } from "/work/wt-search/scripts/lib/browser.ts";
import { createStaticServer, listen } from "/work/wt-search/scripts/lib/static-server.ts";
const dir = process.argv[2] ?? "/work/wt-search/dist";
const queries = process.env.QUERIES ? process.env.QUERIES.split(",") : ["Kadhimi", "Kadhemi", "Saleh", "Hezbollah", "drone bridge", "Kadimi", "Sadir"];
const server = createStaticServer({ dir, base: "/" });
const origin = await listen(server, 0);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${origin}/search/`);
const out = await page.evaluate(async ([qs, rk]) => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.options({ noWorker: true, ranking: JSON.parse(rk) });
  const res: Record<string, string[]> = {};
  for (const q of qs) {
    const s = await pf.search(q);
    const data = await Promise.all(s.results.map((r: any) => r.data()));
    res[q] = data.map((d: any, i: number) => `${(s.results[i].score).toFixed(2)} ${d.url}`);
  }
  return res;
}, [queries, process.env.RANKING ?? "{}"] as const);
for (const [q, list] of Object.entries(out)) {
  console.log(`\n${q} (${list.length})`);
  list.forEach((line, i) => console.log(`  ${i + 1}. ${line}`));
}
await browser.close();
server.close();
