import pino from "pino";

/** Structured JSON logs; one logger, children per domain (`logger.child({ domain: "jobs" })`). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: undefined,
});
