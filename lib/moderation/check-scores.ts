import { classScoresSchema, type ClassScores } from "./schemas";

/** What `ModerationCheck.scores` holds: every class score and the model that produced them. */
export type CheckScores = { model: string; scores: ClassScores };

export function serializeCheckScores(value: CheckScores): string {
  return JSON.stringify({ model: value.model, scores: value.scores });
}

/** The stored scores, or null when there are none or they are unreadable (never throws: history must render). */
export function parseCheckScores(text: string | null | undefined): CheckScores | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { model?: unknown; scores?: unknown };
    const scores = classScoresSchema.safeParse(value.scores);
    if (!scores.success) return null;
    return { model: typeof value.model === "string" ? value.model : "unknown", scores: scores.data };
  } catch {
    return null;
  }
}
