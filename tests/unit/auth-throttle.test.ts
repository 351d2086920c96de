import { describe, expect, it } from "vitest";
import { delayAfterFailures, SIGN_IN_THROTTLE } from "@/lib/auth/sign-in-throttle";

const { account } = SIGN_IN_THROTTLE;

describe("sign-in delay", () => {
  it("costs nothing while under the free allowance", () => {
    for (let failures = 0; failures < account.freeFailures; failures++) {
      expect(delayAfterFailures(failures, account)).toBe(0);
    }
  });

  it("doubles with every further failure up to the cap, never locking for good", () => {
    const delays = Array.from({ length: 10 }, (_, i) =>
      delayAfterFailures(account.freeFailures + i, account),
    );
    expect(delays[0]).toBe(account.baseDelaySeconds);
    expect(delays[1]).toBe(account.baseDelaySeconds * 2);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(account.maxDelaySeconds);
  });
});
