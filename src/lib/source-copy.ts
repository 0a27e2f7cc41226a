import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SOURCES_DIR } from "./content-dir.ts";
import { sha256 } from "./hash.ts";

export { SOURCES_DIR };

/**
 * Why a report's pinned copy does not check out, or `undefined` when the file
 * exists and its sha256 is the one the report records.
 */
export function sourceCopyProblem(file: string, expected: string, root = process.cwd()): string | undefined {
  const path = resolve(root, SOURCES_DIR, file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return `source copy ${SOURCES_DIR}/${file} not found`;
  }
  const actual = sha256(bytes);
  return actual === expected
    ? undefined
    : `sha256 ${expected} does not match ${SOURCES_DIR}/${file}, whose sha256 is ${actual}`;
}
