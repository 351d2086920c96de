// Where sign-in sends a user next comes from the link they followed: only a dashboard path of this
// site is kept; every way of naming another site (or no page of the dashboard) falls back.
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps a dashboard path with its query and fragment", () => {
    expect(safeCallbackPath("/admin")).toBe("/admin");
    expect(safeCallbackPath("/admin/models/ava/library?status=READY#grid")).toBe(
      "/admin/models/ava/library?status=READY#grid",
    );
    // An absolute link counts for its path only, on this site.
    expect(safeCallbackPath("http://localhost:3000/admin/models?x=1")).toBe("/admin/models?x=1");
    expect(safeCallbackPath("https://evil.com/admin/users")).toBe("/admin/users");
  });

  it.each([
    "//evil.com",
    "//evil.com/admin",
    "///evil.com/admin",
    "https://evil.com",
    "/\\evil.com",
    "\\\\evil.com/admin",
    "/admin\\..\\..\\evil.com",
    "/%5Cevil.com",
    "%2F%2Fevil.com",
    "/%2F%2Fevil.com",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/admin/\n//evil.com",
    "/admin/../evil",
    "/admin%2F..%2F..%2Fevil",
    "/adminx",
    "/administrator",
    "/admin@evil.com",
    "evil.com",
    "",
  ])("refuses %j, going to the dashboard instead", (value) => {
    expect(safeCallbackPath(value)).toBe("/admin");
    expect(safeCallbackPath(value, "/admin/models")).toBe("/admin/models");
  });

  it("falls back for anything but a string", () => {
    for (const value of [undefined, null, 42, ["/admin/users"], { href: "/admin" }])
      expect(safeCallbackPath(value)).toBe("/admin");
  });
});
