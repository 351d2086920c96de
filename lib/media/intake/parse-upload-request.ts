import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import Busboy from "busboy";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { checkUploadStream, type UploadLimits, type CheckedUpload } from "./check-upload-stream";

export type ParsedUpload = {
  intake: CheckedUpload;
  /** The client's filename, untrusted (see `sanitizeFilename`). */
  filename: string | null;
};

/** Room for the boundary lines and part headers around the file in a multipart body. */
const MULTIPART_OVERHEAD = 64 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Reads `multipart/form-data` with one file in the field `file` as a stream (never the whole body
 * in memory, unlike `request.formData()`) and pipes the file part into `checkUploadStream`, which
 * writes it to a temporary file, enforcing the size limit as bytes arrive. A body whose declared
 * length is already over the limit is refused before a byte is read. Any refusal is an AppError
 * and leaves no temporary file; the caller owns the temporary file of a successful result.
 */
export async function parseUploadRequest(
  request: Request,
  options: UploadLimits = {},
): Promise<ParsedUpload> {
  const maxBytes = options.maxBytes ?? config().MEDIA_MAX_FILE_SIZE;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError("invalid", "Send the photo as multipart/form-data, in the field `file`.");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) {
    throw new AppError("too_large", `The file is larger than the ${megabytes(maxBytes)} limit.`);
  }
  if (!request.body) throw new AppError("invalid", "No file: send the photo in the multipart field `file`.");

  let parser: Busboy.Busboy;
  try {
    parser = Busboy({
      headers: { "content-type": contentType },
      // Browsers send UTF-8 filenames; busboy's default would read them as Latin-1.
      defParamCharset: "utf8",
      // One byte over the limit is enough for checkUploadStream to refuse it.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096, parts: 25, headerPairs: 50 },
    });
  } catch {
    throw new AppError("invalid", "The upload is not valid multipart/form-data (no boundary).");
  }
  const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);

  return new Promise<ParsedUpload>((resolve, reject) => {
    let intake: Promise<CheckedUpload> | null = null;
    let fileStream: Readable | null = null;
    let filename: string | null = null;
    let settled = false;

    // Settles once: stops reading the body, and answers only after the temporary file is gone.
    const fail = async (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      fileStream?.destroy(error instanceof Error ? error : new Error(String(error)));
      const pending = await intake?.catch(() => null);
      if (pending) await rm(pending.tempPath, { force: true });
      reject(error);
    };

    parser.on("file", (name, stream, info) => {
      if (name !== "file" || intake) {
        stream.resume();
        return;
      }
      // Busboy may fail the part before intake attaches its pipeline; the pipeline still sees it.
      stream.on("error", () => {});
      // Busboy has counted one byte over the limit: stop reading the body now, not when the disk catches up.
      stream.on(
        "limit",
        () =>
          void fail(new AppError("too_large", `The file is larger than the ${megabytes(maxBytes)} limit.`)),
      );
      fileStream = stream;
      filename = info.filename ?? null;
      intake = checkUploadStream(stream, { ...options, maxBytes });
      intake.catch((error: unknown) => void fail(error));
    });
    parser.on(
      "error",
      () => void fail(new AppError("invalid", "The upload is not valid multipart/form-data.")),
    );
    parser.on("close", () => {
      if (!intake)
        return void fail(new AppError("invalid", "No file: send the photo in the multipart field `file`."));
      intake.then(
        async (result) => {
          if (settled) return void (await rm(result.tempPath, { force: true }));
          settled = true;
          resolve({ intake: result, filename });
        },
        (error: unknown) => void fail(error),
      );
    });
    source.on(
      "error",
      () => void fail(new AppError("invalid", "The upload was interrupted before the file arrived.")),
    );
    source.pipe(parser);
  });
}
