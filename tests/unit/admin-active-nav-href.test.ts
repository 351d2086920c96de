// Which sidebar link is marked current (aria-current="page" and the highlight) on each admin page.
import { describe, expect, it } from "vitest";
import { activeNavHref } from "@/components/admin/active-nav-href";

// The sidebar's links, in its order.
const NAV = [
  "/admin/models",
  "/admin/library",
  "/admin/moderation",
  "/admin/galleries",
  "/admin/notifications",
  "/admin/audit",
  "/admin/jobs",
  "/admin/settings",
];

describe("the current sidebar link", () => {
  it.each([
    ["/admin/library", "/admin/library"],
    ["/admin/library/", "/admin/library"],
    ["/admin/models", "/admin/models"],
    ["/admin/models/new", "/admin/models"],
    ["/admin/models/alpha", "/admin/models"],
    ["/admin/models/alpha/library", "/admin/models"],
    ["/admin/models/alpha/watermark", "/admin/models"],
    ["/admin/galleries/alpha/portraits", "/admin/galleries"],
    ["/admin/jobs", "/admin/jobs"],
  ])("on %s is %s", (pathname, expected) => {
    expect(activeNavHref(pathname, NAV)).toBe(expected);
  });

  it("is none on the dashboard and on pages the sidebar does not list", () => {
    expect(activeNavHref("/admin", NAV)).toBeNull();
    expect(activeNavHref("/admin/account", NAV)).toBeNull();
  });

  it("never matches a link that only shares the start of a word", () => {
    expect(activeNavHref("/admin/library-archive", NAV)).toBeNull();
    expect(activeNavHref("/admin/modelsx", NAV)).toBeNull();
  });

  it("marks only the most specific link when one link lies under another", () => {
    const hrefs = ["/admin", ...NAV];
    expect(activeNavHref("/admin/library", hrefs)).toBe("/admin/library");
    expect(activeNavHref("/admin/models/alpha/library", hrefs)).toBe("/admin/models");
    expect(activeNavHref("/admin", hrefs)).toBe("/admin");
  });
});
