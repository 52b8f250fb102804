/**
 * A journey in a link: its JSON in the URL's fragment, `#lio-journey=<data>`. The fragment is
 * never sent to a server (not in the request, not in the Referer), so the journey travels from
 * browser to browser only. Where the browser has `CompressionStream` with `deflate-raw` (Chromium
 * 103+, Firefox 113+, Safari 16.4+, Node 21.2+/20.12+) the JSON is compressed (`z` + base64url);
 * elsewhere it is plain base64url JSON (`j` + base64url). Both are read wherever they can be:
 * a compressed link needs `DecompressionStream` to open.
 *
 *   encodeJourneyLink(journey)   → the fragment's data (after `lio-journey=`)
 *   decodeJourneyLink(data)      → the journey, or its problems (a broken link, or read.ts's)
 */
import { problem, type Result } from '../problems.js';
import { addJourneyProblemMessages } from './messages.js';
import { readJourney } from './read.js';
import type { Journey } from './schema.js';

// The Dutch wording of the problems only a link reports arrives with it.
addJourneyProblemMessages();

/** Whether this browser compresses (and so decompresses) `deflate-raw`. */
export function canCompress(): boolean {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Bytes as base64url (RFC 4648 §5, no padding): safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one `fromCharCode` call per byte of a large journey would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url back to bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * The link data of `journey`: its JSON without indents, compressed where the browser can.
 * `compress: false` makes the plain form (for tests, and what a browser without compression makes).
 */
export async function encodeJourneyLink(journey: Journey, options: { compress?: boolean } = {}): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(journey));
  if (options.compress ?? canCompress()) return `z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  return `j${toBase64Url(bytes)}`;
}

/**
 * The journey in a link's data, checked like a file. A link cut short or changed by hand gives
 * one problem (`invalid-format`, `format: "journey-link"`); a compressed link in a browser that
 * cannot decompress gives `invalid-format` with `format: "journey-link-compressed"`.
 */
export async function decodeJourneyLink(data: string): Promise<Result<Journey>> {
  const broken = (format: string, message: string): Result<Journey> => ({ ok: false, problems: [problem('', 'invalid-format', message, { format })] });
  const kind = data[0];
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(data.slice(1));
  } catch {
    return broken('journey-link', 'the link is incomplete or damaged');
  }
  if (kind === 'z') {
    if (!canCompress()) return broken('journey-link-compressed', 'this browser cannot open a compressed link; save the journey as a file instead');
    try {
      bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
    } catch {
      return broken('journey-link', 'the link is incomplete or damaged');
    }
  } else if (kind !== 'j') return broken('journey-link', 'the link is incomplete or damaged');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return broken('journey-link', 'the link is incomplete or damaged');
  }
  return readJourney(value);
}
