import { z } from "zod";

// Every environment variable the app reads, with its default. README's configuration table mirrors this.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().default("mysql://root@127.0.0.1:3306/phoenix4ge"),
  APP_URL: z.string().url().optional(),
  /** How background jobs reach this app to refresh public pages; default http://127.0.0.1:$PORT. */
  INTERNAL_APP_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  STORAGE_DRIVER: z.enum(["local", "uploadthing"]).default("local"),
  STORAGE_DIR: z.string().default("./storage"),
  UPLOADTHING_TOKEN: z.string().optional(),
  MEDIA_MAX_FILE_SIZE: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  MEDIA_MAX_PIXELS: z.coerce.number().int().positive().default(100_000_000),
  WATERMARK_MIN_WIDTH: z.coerce.number().int().positive().default(480),
  /** `off`: public variants in JPEG and WebP only; AVIF is several times slower to encode. */
  MEDIA_AVIF: z.enum(["on", "off"]).default("on"),
  // A name from lib/moderation/providers; an unknown one sends photos to manual review, saying why.
  MODERATION_PROVIDER: z.string().min(1).default("local"),
  MODERATION_API_URL: z.string().url().optional(),
  MODERATION_API_KEY: z.string().optional(),
  MODERATION_WEBHOOK_SECRET: z.string().optional(),
  MODERATION_WEBHOOK_SECRET_PREVIOUS: z.string().optional(),
  MODERATION_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m|h|d)$/, 'one number and unit, such as "1h", "90m" or "30s"')
    .default("1h"),
  /** Provider attempts per photo (errors and callback timeouts alike) before it goes to review. */
  MODERATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** Wait before the second attempt; doubles with each further attempt. */
  MODERATION_RETRY_BASE_MS: z.coerce.number().int().min(0).default(30_000),
  /** Days a photo stays in the trash before the daily maintenance deletes it for good. */
  TRASH_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_BASE_URL: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`Invalid configuration: ${first?.path.join(".")}: ${first?.message}`);
    }
    cached = parsed.data;
  }
  return cached;
}
