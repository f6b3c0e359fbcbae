/** Text is encoded and handed on in pieces of about this many characters. */
const PIECE = 1 << 20;

/**
 * A response whose body is made as it is read: Astro reads a static endpoint's
 * whole body into one buffer anyway, but the text behind it (all OSV records
 * at 50,000 advisories: about 90 MB, several times that as objects) then never
 * exists whole beside it. Same bytes as a Response of the joined pieces.
 */
export function streamedResponse(pieces: Iterable<string>, headers: HeadersInit): Response {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (;;) {
        const next = iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
        if (text.length >= PIECE) {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
    cancel() {
      iterator.return?.();
    },
  });
  return new Response(body, { headers });
}
