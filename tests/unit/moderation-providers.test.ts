import { beforeAll, describe, expect, it } from "vitest";
import { submitHttpModerationJob } from "@/lib/moderation/providers/http";
import { ModerationProviderError } from "@/lib/moderation/provider-error";
import { getModerationProvider } from "@/lib/moderation/providers";

beforeAll(() => {
  // The deployment default, read by config() on its first call in this file; no http provider configured.
  process.env.MODERATION_PROVIDER = "manual";
  delete process.env.MODERATION_API_URL;
  delete process.env.MODERATION_API_KEY;
});

describe("choosing a moderation provider per model", () => {
  it("uses the model's own choice", () => {
    expect(getModerationProvider({ moderationProvider: "local" })).toMatchObject({
      name: "local",
      mode: "sync",
    });
    expect(getModerationProvider({ moderationProvider: "http" })).toMatchObject({
      name: "http",
      mode: "async",
    });
    expect(getModerationProvider({ moderationProvider: "manual" })).toMatchObject({
      name: "manual",
      mode: "manual",
    });
  });

  it("falls back to MODERATION_PROVIDER when the model has none", () => {
    expect(getModerationProvider({ moderationProvider: null })).toMatchObject({
      name: "manual",
      mode: "manual",
    });
  });

  it("sends photos to review, saying why, when a model names an unknown provider", () => {
    const provider = getModerationProvider({ moderationProvider: "cloud-ai" });
    expect(provider).toMatchObject({ name: "manual", mode: "manual" });
    expect(provider.mode === "manual" && provider.reason).toMatch(/Unknown moderation provider "cloud-ai"/);
  });

  it("refuses, as a permanent error, to submit to an http provider that is not configured", async () => {
    const provider = getModerationProvider({ moderationProvider: "http" });
    if (provider.mode !== "async") throw new Error("expected the http provider");
    const job = {
      jobId: "check_1",
      imageUrl: "https://app.example/copy?signature=x",
      callbackUrl: "https://app.example/api/moderation/webhook",
    };
    const error = await provider.submit(job).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModerationProviderError);
    expect(error).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/set MODERATION_API_URL and MODERATION_API_KEY/),
    });
    await expect(submitHttpModerationJob(job, { apiUrl: "https://api.example/jobs" })).rejects.toMatchObject({
      retryable: false,
    });
  });
});
