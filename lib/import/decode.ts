// Bytes → text for a CSV file. Only UTF-8 is read (with or without Excel's
// byte order mark): a file in another encoding is refused, naming the row of
// the first byte that is not UTF-8, instead of being stored with "�" in it.
import type { ImportError } from "./errors";

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ImportError };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (row: number, reason: string): DecodeResult => ({ ok: false, error: { file, row, column: null, reason } });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 'file is UTF-16 text ("Unicode text"); save it as "CSV UTF-8 (comma delimited)"');
  }
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    const row = lineOf(bytes, at);
    const hex = bytes[at].toString(16).toUpperCase().padStart(2, "0");
    return fail(
      row,
      `byte 0x${hex} (byte ${(at + 1).toLocaleString("en-GB")} of the file) is not UTF-8; ` +
        'the file may be in Windows-1252 or Latin-1: save it as "CSV UTF-8 (comma delimited)"',
    );
  }
}

/** Index of the first byte that does not begin or continue a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The 1-based line a byte is on, counting LF, CRLF and lone CR as line ends (as the CSV reader does). */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i += 1) {
    if (bytes[i] === 0x0a) line += 1;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line += 1;
  }
  return line;
}
