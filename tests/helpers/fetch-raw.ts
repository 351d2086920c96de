import http from "node:http";

export type RawResponse = {
  status: number;
  /** The bytes on the wire: never decompressed. */
  body: Buffer;
  /** `Content-Encoding`, `identity` when there is none. */
  encoding: string;
  headers: http.IncomingHttpHeaders;
};

/** A GET with only the headers given (no `Accept-Encoding` unless asked), answered as raw bytes. */
export function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            encoding: String(res.headers["content-encoding"] ?? "identity"),
            headers: res.headers,
          }),
        );
      })
      .on("error", reject);
  });
}
