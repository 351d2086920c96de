import type { ManualModerationProvider } from "./types";

export const manualProvider: ManualModerationProvider = {
  name: "manual",
  label: "Manual review only",
  hint: "Every photo waits in the review queue for a person.",
  mode: "manual",
  reason: "This model's photos are reviewed by a person.",
};
