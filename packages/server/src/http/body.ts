import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors.js';

/** The 413 of every body limit (body-limit.ts adds `Connection: close` so the rest of an upload is never read). */
export const payloadTooLarge = (max: number, headers: Record<string, string> = {}) =>
  new ApiError('payload_too_large', `The request body is larger than ${Math.floor(max / 1024)} KB.`, { maxBytes: max }, headers);
const tooLarge = (max: number) => payloadTooLarge(max);

/**
 * The body straight from Node's request, when nothing has started reading it (no web stream was made for it): cheaper
 * than a ReadableStream over it, for every public write. The declared length was checked; more is refused anyway.
 */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: unknown) => {
      incoming.off('data', onData);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        incoming.pause();
        return fail(tooLarge(maxBytes));
      }
      chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    incoming.once('error', fail);
    incoming.once('close', () => {
      if (!incoming.complete) fail(new Error('the request was aborted before its body was read'));
    });
  });
}

/**
 * Reads a request body as JSON, refusing more than `maxBytes` without buffering the excess. `incoming` (Node's request,
 * under @hono/node-server) is read directly when its body has not been touched yet.
 */
export async function readJsonBody(request: Request, maxBytes: number, incoming?: IncomingMessage): Promise<unknown> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (incoming !== undefined && incoming.readableFlowing === null && !incoming.readableEnded && declared !== null) {
    return parseJson(await readIncoming(incoming, maxBytes));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return parseJson(bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') throw new ApiError('invalid_json', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid JSON.');
  }
}
