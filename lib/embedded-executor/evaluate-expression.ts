import { parse } from "@marcbachmann/cel-js";
import { logger } from "@/lib/logger";

const log = logger.child({ domain: "jobs" });
const compiled = new Map<string, ReturnType<typeof parse>>();

/**
 * Evaluates an Inngest `if` expression (CEL) against `event` (the run's trigger) and `async` (the
 * incoming event). A missing key, a type error or a syntax error counts as "does not match", as in Inngest.
 */
export function evaluateExpression(
  expression: string | undefined | null,
  context: { event?: unknown; async?: unknown },
): boolean {
  if (!expression) return true;
  try {
    let program = compiled.get(expression);
    if (!program) {
      program = parse(expression);
      if (compiled.size > 500) compiled.clear();
      compiled.set(expression, program);
    }
    return program(context as Record<string, unknown>) === true;
  } catch (error) {
    log.debug({ err: error, expression }, "expression did not evaluate; treated as false");
    return false;
  }
}
