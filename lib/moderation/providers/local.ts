import { existsSync } from "node:fs";
import path from "node:path";
import type { NSFWJS } from "nsfwjs";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { openImage } from "@/lib/media/open-image";
import { NSFW_CLASSES, type ClassifyResult, type ClassScores } from "../schemas";
import type { SyncModerationProvider } from "./types";

/**
 * The bundled nsfwjs model used on device. MobileNetV2 (224 px, 3.5 MB) classifies a photo in
 * about 0.1-0.25 s here after a load under a second; InceptionV3 (299 px, 29 MB) took 3.6 s to
 * load and 0.7-0.9 s per photo on the same fixtures for near-identical scores.
 */
export const LOCAL_MODEL = { name: "MobileNetV2", size: 224 } as const;
export const LOCAL_MODEL_ID = `nsfwjs-4.4.0/${LOCAL_MODEL.name}`;

/** A longer side above this means someone passed an original instead of the processed copy. */
export const MAX_CLASSIFIER_INPUT_SIDE = 2048;

/** Encoded bytes of the processed copy (JPEG, WebP, PNG…), or its raw 8-bit pixels. */
export type ClassifierInput =
  | Buffer
  | Uint8Array
  | { data: Buffer | Uint8Array; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

type Tf = typeof import("@tensorflow/tfjs");
export type LoadedClassifier = { model: NSFWJS; tf: Tf; loadMs: number };

const globalForClassifier = globalThis as unknown as { localClassifier?: Promise<LoadedClassifier> };

function wasmDirectory(): string {
  // The wasm binaries must be read from disk: the app runs from the project root (next start, tests, tsx).
  const dir = path.join(process.cwd(), "node_modules", "@tensorflow", "tfjs-backend-wasm", "dist");
  if (!existsSync(path.join(dir, "tfjs-backend-wasm.wasm"))) {
    throw new Error(`The tfjs wasm binaries are missing from ${dir}; run npm install.`);
  }
  return dir + path.sep;
}

async function load(): Promise<LoadedClassifier> {
  const started = performance.now();
  // Imported here, not at the top: pages that only choose a provider never pay for loading tfjs.
  const tf = await import("@tensorflow/tfjs");
  const { setWasmPaths } = await import("@tensorflow/tfjs-backend-wasm");
  setWasmPaths(wasmDirectory());
  if (!(await tf.setBackend("wasm"))) throw new Error("The tfjs wasm backend failed to initialise.");
  await tf.ready();
  // nsfwjs reads its bundled model files with import(): no network, no API key.
  const { load: loadNsfw } = await import("nsfwjs");
  const model = await loadNsfw(LOCAL_MODEL.name, { size: LOCAL_MODEL.size });
  const loadMs = performance.now() - started;
  logger.info(
    { domain: "moderation", model: LOCAL_MODEL_ID, loadMs: Math.round(loadMs) },
    "local classifier loaded",
  );
  return { model, tf, loadMs };
}

/**
 * The classifier, loaded once per process on first use. Concurrent callers share one promise;
 * a failed load is forgotten so the next call tries again.
 */
export function loadLocalClassifier(): Promise<LoadedClassifier> {
  globalForClassifier.localClassifier ??= load().catch((error: unknown) => {
    delete globalForClassifier.localClassifier;
    throw error;
  });
  return globalForClassifier.localClassifier;
}

async function toModelPixels(input: ClassifierInput): Promise<Buffer> {
  const image =
    input instanceof Uint8Array
      ? openImage(Buffer.from(input.buffer, input.byteOffset, input.byteLength)).autoOrient()
      : openImage(Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength), {
          raw: input.info,
        });
  try {
    const { width = 0, height = 0 } =
      input instanceof Uint8Array ? (await image.metadata()).autoOrient : input.info;
    if (Math.max(width, height) > MAX_CLASSIFIER_INPUT_SIDE) {
      throw new AppError(
        "invalid",
        `The classifier takes the processed copy (at most ${MAX_CLASSIFIER_INPUT_SIDE} px), not a ${width}x${height} original.`,
      );
    }
    // Squashed to the model's square input, as nsfwjs itself resizes; three sRGB channels, no alpha.
    return await image
      .resize(LOCAL_MODEL.size, LOCAL_MODEL.size, { fit: "fill" })
      .removeAlpha()
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "invalid",
      `The moderation copy could not be decoded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Classifies the processed moderation copy of a photo on this machine (nsfwjs on tfjs wasm) and
 * returns every class score. Throws AppError `invalid` for input that is not a small decodable image.
 */
export async function classifyLocal(input: ClassifierInput): Promise<ClassifyResult> {
  const [pixels, { model, tf }] = await Promise.all([toModelPixels(input), loadLocalClassifier()]);
  const expected = LOCAL_MODEL.size * LOCAL_MODEL.size * 3;
  if (pixels.length !== expected)
    throw new Error(`Expected ${expected} bytes of RGB pixels, got ${pixels.length}.`);
  const tensor = tf.tensor3d(
    new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length),
    [LOCAL_MODEL.size, LOCAL_MODEL.size, 3],
    "int32",
  );
  try {
    const predictions = await model.classify(tensor, NSFW_CLASSES.length);
    const scores = Object.fromEntries(NSFW_CLASSES.map((name) => [name, 0])) as ClassScores;
    for (const { className, probability } of predictions) scores[className] = probability;
    return { scores, model: LOCAL_MODEL_ID };
  } finally {
    tensor.dispose();
  }
}

/** The default provider: no API key, nothing leaves the machine. */
export const localProvider: SyncModerationProvider = {
  name: "local",
  label: "On-device classifier",
  hint: "Checked on this server in a fraction of a second; no data leaves.",
  mode: "sync",
  classify: classifyLocal,
};
