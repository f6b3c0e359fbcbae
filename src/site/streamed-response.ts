/** Text is encoded and handed on in chunks of about this many characters. */
const CHUNK = 1 << 20;

/** The pieces joined into chunks of about a MiB of text: what a stream or a file is given at a time. */
export function* textChunks(pieces: Iterable<string>): Generator<string> {
  let text = '';
  for (const piece of pieces) {
    text += piece;
    if (text.length >= CHUNK) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/**
 * A response whose body is made as it is read: Astro reads a static endpoint's
 * whole body into one buffer anyway, but the text behind it (all OSV records
 * at 50,000 advisories: about 90 MB, several times that as objects) then never
 * exists whole beside it. Same bytes as a Response of the joined pieces.
 */
export function streamedResponse(pieces: Iterable<string>, headers: HeadersInit): Response {
  const encoder = new TextEncoder();
  const chunks = textChunks(pieces);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      chunks.return(undefined);
    },
  });
  return new Response(body, { headers });
}
