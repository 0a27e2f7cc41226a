import { statSync } from "node:fs";
import { join } from "node:path";
import { fileStamp } from "./content-digests.ts";
import type { BuiltFile } from "./out-dir.ts";

/**
 * The files of dist/ that this build found holding, byte for byte, what the
 * last finished build left (read and compared with its recorded digests
 * before the build: src/integrations/kept-out-dir.ts), with their size,
 * times and inode then. A build records digests only once it has passed the gate, so
 * such a file, untouched since, was gated as it is: the gate reads only
 * the pages this build wrote.
 */
let verified = new Map<string, BuiltFile>();
let verifiedDir = "";

export function rememberVerifiedOutFiles(outDir: string, files: readonly BuiltFile[]): void {
  verifiedDir = outDir;
  verified = new Map(files.map((file) => [file.path, file]));
}

/** Whether `path` in `outDir` is a verified file this build has not written since. */
export function verifiedAndUntouched(outDir: string, path: string): boolean {
  const was = outDir === verifiedDir ? verified.get(path) : undefined;
  if (!was) return false;
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(join(outDir, path));
    return fileStamp({ path, size, mtimeMs, ctimeMs, ino }) === fileStamp(was);
  } catch {
    return false;
  }
}
