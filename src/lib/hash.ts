import { createHash } from "node:crypto";

/** Hex sha256 of raw bytes: how the archive pins each source copy. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
