import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("integration test database", () => {
  it("is a fresh, migrated database of its own that lib/db.ts talks to", async () => {
    const name = process.env.TEST_DATABASE_NAME;
    expect(name).toMatch(/^p4g_test_[0-9a-f]{14}$/);
    const [row] = await db.$queryRawUnsafe<{ name: string }[]>("SELECT DATABASE() AS name");
    expect(row?.name).toBe(name);
    expect(await db.user.count()).toBe(0);
    const user = await db.user.create({ data: { email: "a@example.test", name: "A", passwordHash: "x" } });
    expect(user.role).toBe("VIEWER");
  });
});
