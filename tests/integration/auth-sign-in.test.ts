import { describe, expect, it } from "vitest";
import { readSessionUserId } from "@/lib/auth/read-session";
import { SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";
import { SIGN_IN_REFUSED, verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser, PASSWORD, signInThroughAuthJs } from "./auth-session-helper";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("credentials check", () => {
  it("signs in with the right password and records when", async () => {
    const user = await makeUser("EDITOR");
    const signedIn = await verifyCredentials({
      email: user.email.toUpperCase(),
      password: PASSWORD,
      ip: "203.0.113.1",
    });
    expect(signedIn).toEqual({ id: user.id, email: user.email, name: user.name, role: "EDITOR" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and a disabled account with the same message", async () => {
    const user = await makeUser("ADMIN");
    const disabled = await makeUser("ADMIN");
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });

    const wrong = await refusal(
      verifyCredentials({ email: user.email, password: "wrong password!", ip: null }),
    );
    const unknown = await refusal(
      verifyCredentials({ email: "nobody@example.com", password: PASSWORD, ip: null }),
    );
    const off = await refusal(verifyCredentials({ email: disabled.email, password: PASSWORD, ip: null }));
    for (const error of [wrong, unknown, off]) {
      expect(error.code).toBe("unauthenticated");
      expect(error.message).toBe(SIGN_IN_REFUSED);
    }
  });

  it("refuses an email longer than any account's like any other, and counts it in the slow-down", async () => {
    // Up to 254 characters are read; `SignInAttempt.key` holds 191, so the key is fitted, not refused by the database.
    const email = `${"long".repeat(60)}@example.com`;
    expect(email.length).toBe(252);
    const error = await refusal(verifyCredentials({ email, password: "nope", ip: "203.0.113.7" }));
    expect(error.code).toBe("unauthenticated");
    expect(error.message).toBe(SIGN_IN_REFUSED);
    const attempts = await db.signInAttempt.findMany({ where: { key: { startsWith: "account:longlong" } } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.key).toHaveLength(191);
  });
});

describe("sign-in slow-down", () => {
  it("refuses even the right password after repeated failures on an account, and lets it in after the delay", async () => {
    const user = await makeUser("EDITOR");
    const start = new Date("2030-01-01T10:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    for (let i = 0; i < SIGN_IN_THROTTLE.account.freeFailures; i++) {
      const error = await refusal(
        verifyCredentials({ email: user.email, password: "nope", ip: `203.0.113.${i + 10}`, now: at(i) }),
      );
      expect(error.code).toBe("unauthenticated");
    }

    const throttled = await refusal(
      verifyCredentials({ email: user.email, password: PASSWORD, ip: "203.0.113.99", now: at(5) }),
    );
    expect(throttled.code).toBe("rate_limited");
    expect(throttled.status).toBe(429);
    expect(throttled.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(throttled.message).toMatch(/Too many sign-in attempts/);

    // Slowing, not locking out: once the delay has passed, the right password works.
    const later = at(5 + SIGN_IN_THROTTLE.account.maxDelaySeconds);
    await expect(
      verifyCredentials({ email: user.email, password: PASSWORD, ip: "203.0.113.99", now: later }),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("slows one address guessing across many accounts", async () => {
    const ip = "198.51.100.200";
    const now = new Date("2030-02-01T10:00:00Z");
    for (let i = 0; i < SIGN_IN_THROTTLE.ip.freeFailures; i++) {
      await refusal(verifyCredentials({ email: `guess-${i}@example.com`, password: "nope", ip, now }));
    }
    const victim = await makeUser("ADMIN");
    const error = await refusal(verifyCredentials({ email: victim.email, password: PASSWORD, ip, now }));
    expect(error.code).toBe("rate_limited");
    // Another address is not affected.
    await expect(
      verifyCredentials({ email: victim.email, password: PASSWORD, ip: "198.51.100.201", now }),
    ).resolves.toMatchObject({
      id: victim.id,
    });
  });
});

describe("Auth.js credentials sign-in", () => {
  it("sets a session cookie that identifies the user", async () => {
    const user = await makeUser("VIEWER");
    const result = await signInThroughAuthJs(user.email, PASSWORD);
    expect(result.status).toBe(302);
    expect(result.location).toBe("http://localhost:3000/admin");
    expect(result.sessionCookie).not.toBeNull();
    expect(await readSessionUserId(new Headers({ cookie: result.sessionCookie! }))).toBe(user.id);
  });

  it("sends a wrong password back to the sign-in page without a session", async () => {
    const user = await makeUser("VIEWER");
    const result = await signInThroughAuthJs(user.email, "not the password", "198.51.100.50");
    expect(result.sessionCookie).toBeNull();
    expect(result.location).toMatch(/\/signin\?error=CredentialsSignin&code=credentials/);
  });

  it("reports the slow-down to the sign-in page with its own code", async () => {
    const user = await makeUser("VIEWER");
    for (let i = 0; i < SIGN_IN_THROTTLE.account.freeFailures; i++) {
      await signInThroughAuthJs(user.email, "not the password", `198.51.100.${60 + i}`);
    }
    const result = await signInThroughAuthJs(user.email, PASSWORD, "198.51.100.70");
    expect(result.sessionCookie).toBeNull();
    expect(result.location).toMatch(/code=rate_limited/);
  });

  it("ignores a session cookie that was not issued with the app's secret", async () => {
    const forged =
      "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged";
    expect(await readSessionUserId(new Headers({ cookie: forged }))).toBeNull();
  });
});
