import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { signUrl, SIGNED_URL_TTL_SECONDS, verifySignedUrl } from "@/lib/moderation/sign-url";

const secret = "test-secret-for-signed-urls";
const now = new Date("2026-11-22T12:00:00Z");
const base = "https://media.example.com/api/moderation/copies/media_1?revision=2";

function refusedWith(
  url: string,
  pattern: RegExp,
  options: { now?: Date; secret?: string } = { now, secret },
) {
  try {
    verifySignedUrl(url, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("forbidden");
    expect((error as AppError).message).toMatch(pattern);
    return;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe("signed moderation-copy URLs", () => {
  it("verifies a freshly signed URL and keeps its own query parameters", () => {
    const signed = signUrl(base, { now, secret });
    const url = new URL(signed);
    expect(url.searchParams.get("revision")).toBe("2");
    expect(url.searchParams.get("expires")).toBe(String(now.getTime() / 1000 + SIGNED_URL_TTL_SECONDS));
    expect(verifySignedUrl(signed, { now, secret }).expiresAt).toEqual(
      new Date(now.getTime() + SIGNED_URL_TTL_SECONDS * 1000),
    );
  });

  it("works with the app's own secret by default", () => {
    const signed = signUrl(base, { now });
    expect(() => verifySignedUrl(signed, { now })).not.toThrow();
    refusedWith(signed, /signature is invalid/, { now, secret: "another-secret" });
  });

  it("still verifies on another host (behind a proxy), since only path and query are signed", () => {
    const signed = new URL(signUrl(base, { now, secret }));
    signed.host = "internal:3000";
    signed.protocol = "http:";
    expect(() => verifySignedUrl(signed, { now, secret })).not.toThrow();
  });

  it("expires: valid one second before, refused at and after the expiry", () => {
    const signed = signUrl(base, { now, secret, expiresInSeconds: 60 });
    expect(() => verifySignedUrl(signed, { now: new Date(now.getTime() + 59_000), secret })).not.toThrow();
    refusedWith(signed, /has expired/, { now: new Date(now.getTime() + 60_000), secret });
    refusedWith(signed, /has expired/, { now: new Date(now.getTime() + 3_600_000), secret });
  });

  it("refuses another photo's path with this photo's signature", () => {
    const signed = new URL(signUrl(base, { now, secret }));
    signed.pathname = "/api/moderation/copies/media_2";
    refusedWith(signed.toString(), /signature is invalid/);
  });

  it("refuses a pushed-back expiry, a changed or added parameter", () => {
    const extended = new URL(signUrl(base, { now, secret }));
    extended.searchParams.set("expires", String(Number(extended.searchParams.get("expires")) + 86_400));
    refusedWith(extended.toString(), /signature is invalid/);

    const changed = new URL(signUrl(base, { now, secret }));
    changed.searchParams.set("revision", "3");
    refusedWith(changed.toString(), /signature is invalid/);

    const added = new URL(signUrl(base, { now, secret }));
    added.searchParams.set("original", "1");
    refusedWith(added.toString(), /signature is invalid/);
  });

  it("refuses a URL signed with another secret, a mangled signature, or none at all", () => {
    refusedWith(signUrl(base, { now, secret: "someone-else" }), /signature is invalid/);
    const mangled = new URL(signUrl(base, { now, secret }));
    mangled.searchParams.set("signature", mangled.searchParams.get("signature")!.slice(0, -2));
    refusedWith(mangled.toString(), /signature is invalid/);
    refusedWith(base, /not signed/);
  });
});
