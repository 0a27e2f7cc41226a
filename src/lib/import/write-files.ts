import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface NewFile {
  path: string;
  data: string | Uint8Array;
}

/** Link errors of file systems without hard links, where a rename takes the link's place. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Puts a finished temporary file at `path`, refusing to replace a file already there. */
function place(temp: string, path: string): void {
  try {
    // A link fails with EEXIST rather than replacing what is there.
    linkSync(temp, path);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    renameSync(temp, path);
  }
}

/**
 * Writes new files all together or not at all: each is written in full to a
 * temporary file beside its target, then every one is put in place, never
 * over an existing file. If any step fails, the files already placed, the
 * temporary files and the folders made for them are removed before the error
 * is thrown, so a failed import leaves nothing behind.
 */
export function writeNewFiles(files: readonly NewFile[]): void {
  const madeDirs: string[] = [];
  const temps: string[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      const made = mkdirSync(dirname(file.path), { recursive: true });
      if (made) madeDirs.push(made);
      const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString("hex")}.tmp`);
      temps.push(temp);
      writeFileSync(temp, file.data, { flag: "wx" });
    }
    for (const [index, file] of files.entries()) {
      place(temps[index] ?? "", file.path);
      placed.push(file.path);
    }
  } catch (error) {
    for (const path of placed) rmSync(path, { force: true });
    for (const temp of temps) rmSync(temp, { force: true });
    for (const dir of madeDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const temp of temps) rmSync(temp, { force: true });
}
