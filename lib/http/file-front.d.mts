import type { IncomingMessage, ServerResponse } from "node:http";

/** A page held to be served as a file: its bytes as sent for each encoding, compressed once. */
export interface HeldFile {
  etag: string;
  /** what the page's own route sends with it (Content-Type, Cache-Control, Content-Security-Policy) */
  headers: Record<string, string>;
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  /** until when (ms since the epoch) it may be sent without asking the route */
  freshUntil: number;
}

export function heldFiles(): Map<string, HeldFile>;
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean;
export function encodingFor(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export function serveHeld(request: IncomingMessage, response: ServerResponse, now?: number): boolean;
