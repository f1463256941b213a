/**
 * An answer's bytes, kept beside the Response that carries them, so the launcher can write them to
 * the socket in one call instead of reading them back through the Response's web stream (a
 * reader, awaited reads and their promise ticks per answer; decision 032). Used for rendered pages
 * and the API's JSON. The Response keeps its body: anything else that reads it (a HEAD request's
 * answer, which Remix rebuilds without a body) is unaffected. On globalThis: the launcher and the
 * Remix build are separate module graphs in one process.
 */
const holder = globalThis as typeof globalThis & { __jiuyeResponseBytes?: WeakMap<Response, Uint8Array> };
const kept = (holder.__jiuyeResponseBytes ??= new WeakMap<Response, Uint8Array>());

/** A Response with `body`, whose bytes `responseBytesOf` hands back without reading the stream. */
export function responseWithBytes(body: Uint8Array<ArrayBuffer>, init: ResponseInit): Response {
  const response = new Response(body, init);
  kept.set(response, body);
  return response;
}

/** The bytes a `responseWithBytes` was made with, unless its body has been read since. */
export function responseBytesOf(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : kept.get(response);
}
