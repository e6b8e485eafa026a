// Guards against zip bombs before an XLSX file is inflated: reads the zip's
// central directory (the sizes each entry declares, uncompressed) and refuses
// a workbook whose entries add up to more than the cap. exceljs (through
// JSZip) inflates entries to the sizes the central directory declares and
// checks them, so a file that lies about its sizes fails there instead of
// filling memory.

import { inflateRawSync } from "node:zlib";
import { roundTo } from "@/lib/figures/round";

/** Uncompressed bytes an XLSX may declare in all; a 60,000-row sheet is about 15 MB. */
const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Entries a workbook may have: a real one has a few dozen. */
const MAX_XLSX_ENTRIES = 10_000;

/** One part of the archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipCheck = { ok: true; entries: number; uncompressed: number; parts: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

export function checkZipSizes(bytes: Uint8Array, cap = MAX_XLSX_UNCOMPRESSED_BYTES): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged: ZipCheck = { ok: false, reason: "the workbook is damaged (its zip directory cannot be read); open it in Excel and save it again" };
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return damaged;
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, reason: "the workbook is too large to read (a ZIP64 archive)" };
  }
  if (entries > MAX_XLSX_ENTRIES) return { ok: false, reason: `the workbook has ${entries} parts; a spreadsheet has a few dozen` };
  if (directoryOffset + directorySize > end) return damaged;
  let total = 0;
  let at = directoryOffset;
  const parts: ZipEntry[] = [];
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return damaged;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: "the workbook is too large to read (a ZIP64 archive)" };
    total += size;
    if (total > cap) {
      return {
        ok: false,
        reason: `the workbook would unpack to more than ${roundTo(cap / 1024 / 1024, 0)} MB; split it into smaller files`,
      };
    }
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > end) return damaged;
    parts.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString("utf8"),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: size,
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, uncompressed: total, parts };
}

/**
 * The bytes of one part, inflated, or null when they cannot be had as
 * declared (an unknown method, a bad local header, a size that does not
 * match). Never inflates more than the declared size, which checkZipSizes
 * has already capped.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      return null;
    }
  } else return null;
  return out.length === entry.uncompressedSize ? out : null;
}
