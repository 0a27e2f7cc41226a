import { BAG_ALGORITHMS, digest, manifestPath, type BagAlgorithm } from "./bag.ts";

/*
 * Checks a bag against RFC 8493 §3 (and the rules of §2 it relies on):
 * every problem, as a sentence, or none. Used by the tests on the built
 * zip; kept beside the writer so both read the same RFC the same way.
 */

const decoder = new TextDecoder("utf-8", { fatal: true });

function text(files: ReadonlyMap<string, Uint8Array>, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes ? decoder.decode(bytes) : undefined;
}

function parseManifest(body: string, name: string, problems: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [index, line] of body.split("\n").entries()) {
    if (line === "") continue;
    const match = /^([0-9a-f]+)[ \t]+(.+)$/.exec(line);
    if (!match) {
      problems.push(`${name} line ${index + 1} is not "<checksum> <path>"`);
      continue;
    }
    const [, sum = "", path = ""] = match;
    const decoded = path.replaceAll("%0A", "\n").replaceAll("%0D", "\r").replaceAll("%25", "%");
    if (decoded.startsWith("/") || decoded.split("/").includes("..") || decoded.includes("\\"))
      problems.push(`${name}: ${path} points outside the bag`);
    if (entries.has(decoded)) problems.push(`${name}: ${path} is listed twice`);
    entries.set(decoded, sum);
  }
  return entries;
}

function checkSums(
  name: string,
  algorithm: BagAlgorithm,
  entries: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, Uint8Array>,
  problems: string[],
): void {
  for (const [path, sum] of entries) {
    const bytes = files.get(path);
    if (!bytes) problems.push(`${name} lists ${manifestPath(path)}, which is not in the bag`);
    else if (digest(algorithm, bytes) !== sum)
      problems.push(`${name}: ${manifestPath(path)} does not match its ${algorithm}`);
  }
}

/** The bag-info.txt fields, by label, in order (a label may repeat). */
export function bagInfoFields(body: string): [string, string][] {
  return body
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
}

/** Problems with a bag given as its files by path from the bag's root; none for a valid bag. */
export function bagProblems(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  let bagit: string | undefined;
  try {
    bagit = text(files, "bagit.txt");
  } catch {
    problems.push("bagit.txt is not UTF-8");
  }
  if (bagit !== "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    problems.push("bagit.txt must be exactly BagIt-Version 1.0 and Tag-File-Character-Encoding UTF-8");
  const payload = [...files.keys()].filter((path) => path.startsWith("data/"));
  if (payload.length === 0) problems.push("the bag has no payload under data/");

  const payloadManifests = BAG_ALGORITHMS.filter((algorithm) => files.has(`manifest-${algorithm}.txt`));
  if (payloadManifests.length === 0) problems.push("the bag has no payload manifest");
  for (const algorithm of payloadManifests) {
    const name = `manifest-${algorithm}.txt`;
    const entries = parseManifest(text(files, name) ?? "", name, problems);
    for (const path of entries.keys())
      if (!path.startsWith("data/")) problems.push(`${name} lists ${path}, outside data/`);
    for (const path of payload) if (!entries.has(path)) problems.push(`${name} does not list ${path}`);
    checkSums(name, algorithm, entries, files, problems);
  }

  const tagFiles = [...files.keys()].filter(
    (path) => !path.startsWith("data/") && !/^tagmanifest-/.test(path),
  );
  for (const algorithm of BAG_ALGORITHMS) {
    const name = `tagmanifest-${algorithm}.txt`;
    if (!files.has(name)) {
      problems.push(`the bag has no ${name}`);
      continue;
    }
    if (!payloadManifests.includes(algorithm))
      problems.push(`${name} has no payload manifest of the same algorithm`);
    const entries = parseManifest(text(files, name) ?? "", name, problems);
    for (const path of entries.keys())
      if (path.startsWith("data/")) problems.push(`${name} lists payload file ${path}`);
    for (const path of tagFiles) if (!entries.has(path)) problems.push(`${name} does not list ${path}`);
    checkSums(name, algorithm, entries, files, problems);
  }

  const info = bagInfoFields(text(files, "bag-info.txt") ?? "");
  const oxum = info.find(([label]) => label === "Payload-Oxum")?.[1];
  const octets = payload.reduce((sum, path) => sum + (files.get(path)?.length ?? 0), 0);
  if (oxum !== `${octets}.${payload.length}`)
    problems.push(`Payload-Oxum is ${oxum ?? "missing"}, the payload is ${octets}.${payload.length}`);
  for (const label of [
    "Source-Organization",
    "External-Description",
    "External-Identifier",
    "Bagging-Date",
    "Bag-Size",
  ]) {
    if (!info.some(([name]) => name === label)) problems.push(`bag-info.txt has no ${label}`);
  }
  return problems;
}
