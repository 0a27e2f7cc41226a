/** One CSV field, quoted when it must be (RFC 4180). */
function field(value: string | number | boolean | undefined | null): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file (RFC 4180: CRLF line ends, a header row). */
export function csv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
