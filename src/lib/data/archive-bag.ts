import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_DIR, REPORTS_DIR, SOURCES_DIR } from "../content/content-dir.ts";
import { formatCount } from "../format.ts";
import { sha256 } from "../hash.ts";
import { absoluteUrl, BAG_FILE, routes } from "../paths.ts";
import { getReports } from "../reports/collection.ts";
import { SITE_TITLE } from "../site.ts";
import { makeBag, zipBag, type BagFile } from "./bag.ts";
import { getOpenData } from "./open-data.ts";

/** The archive as one zip, with what the pages that link it show. */
export interface ArchiveBag {
  bytes: Uint8Array;
  /** Octets of the zip. */
  size: number;
  sha256: string;
}

/** The data files beside the reports, in the bag as they are in content/. */
const DATA_FILES = ["entities.yaml", "claims.yaml", "timeline.yaml"];

const encoder = new TextEncoder();

async function compute(site: string | undefined): Promise<ArchiveBag> {
  const reports = await getReports();
  const reportFiles = readdirSync(REPORTS_DIR).filter((name) => name.endsWith(".md"));
  const payload: BagFile[] = [
    // Byte for byte: the same files the reports pin by sha256.
    ...reports.map((report) => ({
      path: `data/sources/${report.entry.data.source.file}`,
      bytes: readFileSync(join(SOURCES_DIR, report.entry.data.source.file)),
    })),
    ...reportFiles.map((name) => ({
      path: `data/reports/${name}`,
      bytes: readFileSync(join(REPORTS_DIR, name)),
    })),
    ...DATA_FILES.map((name) => ({ path: `data/${name}`, bytes: readFileSync(join(CONTENT_DIR, name)) })),
    ...(await getOpenData(site)).map((file) => ({
      path: `data/open-data/${file.name}`,
      bytes: encoder.encode(file.text),
    })),
  ];
  const baggingDate =
    reports
      .map((report) => report.entry.data.preserved)
      .sort()
      .at(-1) ?? "1980-01-01";
  const files = makeBag(payload, {
    sourceOrganization: SITE_TITLE,
    externalDescription: `${formatCount(reports.length, "news report")} on the drone attack on Iraqi Prime Minister Mustafa al-Kadhimi's residence, 7 November 2021: the raw copies byte for byte, the reports' Markdown with their provenance, the entities, claims and timeline, and the open data.`,
    address: absoluteUrl(routes.home(), site),
    baggingDate,
  });
  const bytes = zipBag(BAG_FILE.replace(/\.zip$/, ""), files, baggingDate);
  return { bytes, size: bytes.length, sha256: sha256(bytes) };
}

let bag: Promise<ArchiveBag> | undefined;

/** The archive's BagIt zip, made once per build. */
export function getArchiveBag(site: string | undefined = import.meta.env.SITE): Promise<ArchiveBag> {
  bag ??= compute(site);
  return bag;
}
