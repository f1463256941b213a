/**
 * The rendered page's bytes, kept beside the Response that carries them, so the launcher can
 * write them to the socket in one call instead of reading them back through the Response's web
 * stream (a reader, two awaited reads and their promise ticks per page; decision 032). The
 * Response keeps its body: anything else that reads it (tests calling the Remix handler, a
 * HEAD request's answer, which Remix rebuilds without a body) is unaffected. On globalThis: the
 * launcher and the Remix build are separate module graphs in one process.
 */
const holder = globalThis as typeof globalThis & { __jiuyeDocumentBodies?: WeakMap<Response, Uint8Array> };
const bodies = (holder.__jiuyeDocumentBodies ??= new WeakMap<Response, Uint8Array>());

/** A Response with `body`, whose bytes `documentBodyOf` can hand back without reading it. */
export function documentResponse(body: Uint8Array<ArrayBuffer>, init: ResponseInit): Response {
  const response = new Response(body, init);
  bodies.set(response, body);
  return response;
}

/** The bytes a `documentResponse` was made with, unless its body has been read since. */
export function documentBodyOf(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
