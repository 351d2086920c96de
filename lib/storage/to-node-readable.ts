import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";

/** Node and web streams both arrive at storage and intake; Node's pipeline wants a Node stream. */
export function toNodeReadable(stream: Readable | ReadableStream<Uint8Array>): Readable {
  if (stream instanceof Readable) return stream;
  return Readable.fromWeb(stream as unknown as NodeWebReadableStream<Uint8Array>);
}
