import { createHash } from "node:crypto";
import { zipSync, type Zippable } from "fflate";

/*
 * A BagIt package (RFC 8493): the payload under data/, a manifest of it for
 * each algorithm, bag-info.txt, and tag manifests of the tag files. Written
 * as one zip with a fixed timestamp, so the same content always gives the
 * same bytes.
 */

/** A file of a bag, by its path from the bag's root (`data/…` for the payload). */
export interface BagFile {
  path: string;
  bytes: Uint8Array;
}

export const BAG_ALGORITHMS = ["sha256", "sha512"] as const;
export type BagAlgorithm = (typeof BAG_ALGORITHMS)[number];

/** What bag-info.txt says about the bag. */
export interface BagInfo {
  sourceOrganization: string;
  externalDescription: string;
  /** The archive's address. */
  address: string;
  /** `YYYY-MM-DD`: the newest preservation date, never the clock. */
  baggingDate: string;
}

export function digest(algorithm: BagAlgorithm, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest("hex");
}

const encoder = new TextEncoder();

/** A manifest path as RFC 8493 §2.1.3 writes it: CR, LF and `%` percent-encoded. */
export function manifestPath(path: string): string {
  return path.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** `<digest>  <path>` lines, one per file, in path order. */
export function manifest(algorithm: BagAlgorithm, files: readonly BagFile[]): string {
  return files.map((file) => `${digest(algorithm, file.bytes)}  ${manifestPath(file.path)}\n`).join("");
}

/** Bag-Size: a size for people, `24.6 KB`. */
export function humanSize(octets: number): string {
  if (octets < 1000) return `${octets} B`;
  const units = ["KB", "MB", "GB"];
  let value = octets / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Every file of the bag: payload (each path under `data/`), then the tag files, in the order written. */
export function makeBag(payload: readonly BagFile[], info: BagInfo): BagFile[] {
  const data = [...payload].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of data) {
    if (!file.path.startsWith("data/") || file.path.split("/").includes(".."))
      throw new Error(`bag payload path ${file.path} is not inside data/`);
  }
  const octets = data.reduce((sum, file) => sum + file.bytes.length, 0);
  const manifests = BAG_ALGORITHMS.map((algorithm) => ({
    path: `manifest-${algorithm}.txt`,
    bytes: encoder.encode(manifest(algorithm, data)),
  }));
  const payloadDigest = digest("sha256", manifests[0]?.bytes ?? new Uint8Array());
  const bagInfo = [
    `Source-Organization: ${info.sourceOrganization}`,
    `External-Description: ${info.externalDescription}`,
    `External-Identifier: ${info.address}`,
    `External-Identifier: sha256:${payloadDigest} (manifest-sha256.txt)`,
    `Bagging-Date: ${info.baggingDate}`,
    `Payload-Oxum: ${octets}.${data.length}`,
    `Bag-Size: ${humanSize(octets)}`,
    "",
  ].join("\n");
  const tags: BagFile[] = [
    { path: "bagit.txt", bytes: encoder.encode("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n") },
    { path: "bag-info.txt", bytes: encoder.encode(bagInfo) },
    ...manifests,
  ];
  const tagManifests = BAG_ALGORITHMS.map((algorithm) => ({
    path: `tagmanifest-${algorithm}.txt`,
    bytes: encoder.encode(manifest(algorithm, tags)),
  }));
  return [...tags, ...tagManifests, ...data];
}

/**
 * The bag as a zip, every file under one folder named for the bag (RFC
 * 8493 §4), stamped with `day` at midnight. A zip's times are local
 * calendar fields, so the date is given as local fields: the bytes are the
 * same in every time zone.
 */
export function zipBag(folder: string, files: readonly BagFile[], day: string): Uint8Array {
  const [year = 1980, month = 1, date = 1] = day.split("-").map(Number);
  const mtime = new Date(year, month - 1, date);
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.path}`] = [file.bytes, { mtime, level: 9 }];
  return zipSync(entries, { mtime });
}
