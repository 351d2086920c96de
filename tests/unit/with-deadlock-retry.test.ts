import { describe, expect, it } from "vitest";
import { withDeadlockRetry } from "@/lib/with-deadlock-retry";

const deadlock = () => Object.assign(new Error("Deadlock found when trying to get lock"), { code: "P2034" });

describe("withDeadlockRetry", () => {
  it("writes again after InnoDB picked the transaction as a deadlock victim", async () => {
    let calls = 0;
    const result = await withDeadlockRetry(async () => {
      calls++;
      if (calls < 3) throw deadlock();
      return "saved";
    });
    expect(result).toBe("saved");
    expect(calls).toBe(3);
  });

  it("gives up after the last attempt with the deadlock itself", async () => {
    let calls = 0;
    await expect(
      withDeadlockRetry(async () => {
        calls++;
        throw deadlock();
      }, 3),
    ).rejects.toMatchObject({ code: "P2034" });
    expect(calls).toBe(3);
  });

  it("never repeats a transaction that failed for any other reason", async () => {
    let calls = 0;
    await expect(
      withDeadlockRetry(async () => {
        calls++;
        throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(calls).toBe(1);
  });
});
