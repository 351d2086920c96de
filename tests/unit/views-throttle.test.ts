import { describe, expect, it } from "vitest";
import { createViewThrottle } from "@/lib/views/view-throttle";
import { lastUtcDays, utcDay } from "@/lib/views/utc-day";

describe("view throttle", () => {
  it("counts a repeat of the same target by the same address once a minute", () => {
    const throttle = createViewThrottle();
    expect(throttle.check("a", "s", 0)).toBe("count");
    expect(throttle.check("a", "s", 59_000)).toBe("repeat");
    expect(throttle.check("b", "s", 59_000)).toBe("count");
    expect(throttle.check("a", "s", 60_000)).toBe("count");
  });

  it("gives each address a burst of 30 that refills one every two seconds", () => {
    const throttle = createViewThrottle();
    const verdicts = Array.from({ length: 31 }, (_, i) => throttle.check("a", `t${i}`, 1000));
    expect(verdicts.filter((v) => v === "count")).toHaveLength(30);
    expect(verdicts.at(-1)).toBe("limited");
    expect(throttle.check("b", "t", 1000)).toBe("count");
    expect(throttle.check("a", "later", 3000)).toBe("count");
    expect(throttle.check("a", "again", 3000)).toBe("limited");
  });
});

describe("UTC days", () => {
  it("names the UTC day whatever the local time zone, and lists the last days oldest first", () => {
    expect(utcDay(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
    expect(lastUtcDays(new Date("2026-03-02T01:00:00Z"), 3)).toEqual([
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });
});
