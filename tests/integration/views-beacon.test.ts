// The gallery pages' view beacon on the real database: what counts (a person viewing a public section
// or opening one of its photos), what never does (bots, unknown or hidden targets, repeats), the refusals
// (malformed, oversized, too many), and what staff read back per day, per section and per photo.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as beacon } from "@/app/api/views/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { isInternal, toAppError } from "@/lib/errors";
import { createSection } from "@/lib/gallery/sections/create-section";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { getSectionViewStats } from "@/lib/views/get-section-view-stats";
import { isBot } from "@/lib/views/is-bot";
import { recordView } from "@/lib/views/record-view";
import { makeUser, ORIGIN } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

const BROWSER =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let ipCounter = 0;
/** A different address per call unless one is given, so the per-address throttle stays out of the way. */
const nextIp = () => `203.0.113.${(ipCounter++ % 250) + 1}`;

function send(body: unknown, { ua = BROWSER, ip = nextIp() }: { ua?: string | null; ip?: string } = {}) {
  const headers = new Headers({ "content-type": "text/plain;charset=UTF-8", "x-forwarded-for": ip });
  if (ua) headers.set("user-agent", ua);
  return beacon(
    new Request(`${ORIGIN}/api/views`, {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function sectionCount(sectionSlug: string, modelId: string) {
  const rows = await db.sectionViewDay.findMany({ where: { section: { slug: sectionSlug, modelId } } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}
async function photoCount(mediaId: string) {
  const rows = await db.mediaViewDay.findMany({ where: { mediaId } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}

let owner: StaffUser, editorB: StaffUser;
let alphaId: string;
let shown: string[];
let rejectedId: string, outsideId: string, bravoPhotoId: string;

beforeAll(async () => {
  owner = await makeUser("OWNER");
  editorB = await makeUser("EDITOR", "editor-b");
  alphaId = (await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  const bravoId = (await createModel(owner, { slug: "bravo", displayName: "Bravo", published: true })).id;
  await setModelMembers(owner, "bravo", { userIds: [editorB.id] });
  shown = [(await seedPhoto(alphaId)).id, (await seedPhoto(alphaId)).id];
  rejectedId = (await seedPhoto(alphaId)).id;
  outsideId = (await seedPhoto(alphaId)).id;
  bravoPhotoId = (await seedPhoto(bravoId)).id;
  await createSection(owner, "alpha", { slug: "portraits", title: "Portraits", published: true });
  await setSectionItems(owner, "alpha", "portraits", { mediaIds: [...shown, rejectedId] });
  await db.mediaItem.update({ where: { id: rejectedId }, data: { moderationStatus: "REJECTED" } });
  await createSection(owner, "alpha", { slug: "drafts", title: "Drafts" });
  await setSectionItems(owner, "alpha", "drafts", { mediaIds: [outsideId] });
  await createSection(owner, "bravo", { slug: "portraits", title: "Bravo portraits", published: true });
  await setSectionItems(owner, "bravo", "portraits", { mediaIds: [bravoPhotoId] });
});

describe("the beacon", () => {
  it("counts a page view and each photo opened, answering 204 without a cookie", async () => {
    const response = await send({ model: "alpha", section: "portraits" });
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toBeNull();
    await send({ model: "alpha", section: "portraits", photo: shown[1] });
    await send({ model: "alpha", section: "portraits", photo: shown[1] });
    expect(await sectionCount("portraits", alphaId)).toBe(1);
    expect(await photoCount(shown[1]!)).toBe(2);
    expect(await photoCount(shown[0]!)).toBe(0);
  });

  it("adds concurrent views up without losing any, in one row per target and day", async () => {
    const before = await photoCount(shown[0]!);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => send({ model: "alpha", section: "portraits", photo: shown[0] })),
    );
    expect(responses.every((r) => r.status === 204)).toBe(true);
    expect(await photoCount(shown[0]!)).toBe(before + 20);
    expect(await db.mediaViewDay.count({ where: { mediaId: shown[0] } })).toBe(1);
    // The library sorts by the running total kept on the photo.
    const { viewCount } = await db.mediaItem.findUniqueOrThrow({ where: { id: shown[0] } });
    expect(viewCount).toBe(before + 20);
  });

  it("ignores bots, headless browsers and requests without a user agent", async () => {
    const before = await sectionCount("portraits", alphaId);
    for (const ua of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "curl/8.5.0",
      "python-requests/2.32.3",
      null,
    ]) {
      expect((await send({ model: "alpha", section: "portraits" }, { ua })).status).toBe(204);
    }
    expect(await sectionCount("portraits", alphaId)).toBe(before);
    expect(isBot(BROWSER)).toBe(false);
    expect(
      isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"),
    ).toBe(false);
  });

  it("ignores unknown, unpublished and hidden targets and photos outside the section, answering alike", async () => {
    const ignored = [
      { model: "alpha", section: "nowhere" },
      { model: "nobody", section: "portraits" },
      { model: "alpha", section: "drafts" },
      { model: "alpha", section: "drafts", photo: outsideId },
      { model: "alpha", section: "portraits", photo: rejectedId },
      { model: "alpha", section: "portraits", photo: outsideId },
      { model: "alpha", section: "portraits", photo: "no-such-photo" },
      // Another model's photo named under this model's section of the same slug.
      { model: "alpha", section: "portraits", photo: bravoPhotoId },
    ];
    for (const body of ignored) expect((await send(body)).status).toBe(204);
    expect(await db.sectionViewDay.count({ where: { section: { slug: "drafts" } } })).toBe(0);
    for (const id of [outsideId, rejectedId, bravoPhotoId]) expect(await photoCount(id)).toBe(0);

    // Unpublishing the model stops its counts too.
    await db.model.update({ where: { id: alphaId }, data: { published: false } });
    const before = await photoCount(shown[0]!);
    await send({ model: "alpha", section: "portraits", photo: shown[0] });
    expect(await photoCount(shown[0]!)).toBe(before);
    await db.model.update({ where: { id: alphaId }, data: { published: true } });
  });

  it("refuses a malformed body with 422 and an oversized one with 413, counting nothing", async () => {
    const before = await sectionCount("portraits", alphaId);
    for (const body of [
      "not json",
      "[]",
      { model: "alpha" },
      { model: "alpha", section: "portraits", extra: 1 },
    ]) {
      const response = await send(body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe("invalid");
    }
    const big = await send({ model: "alpha", section: "portraits", photo: "x".repeat(2000) });
    expect(big.status).toBe(413);
    expect(await sectionCount("portraits", alphaId)).toBe(before);
  });

  it("counts one address viewing the same thing again within a minute once, and refuses floods with 429", async () => {
    // The throttle reads the clock: only Date is driven here (timers, the database and I/O run as ever),
    // so the budget cannot refill while the loop runs, however slow the machine.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    try {
      const ip = "198.51.100.77";
      const before = await sectionCount("portraits", alphaId);
      await send({ model: "alpha", section: "portraits" }, { ip });
      await send({ model: "alpha", section: "portraits" }, { ip });
      expect(await sectionCount("portraits", alphaId)).toBe(before + 1);

      // A burst of 30 per address: the page view above used one.
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        statuses.push((await send({ model: "alpha", section: "portraits", photo: `p${i}` }, { ip })).status);
      }
      expect(statuses).toEqual([...Array<number>(29).fill(204), 429, 429]);
      const refused = await send({ model: "alpha", section: "portraits", photo: shown[0] }, { ip });
      expect(refused.status).toBe(429);
      expect((await refused.json()).error.code).toBe("rate_limited");
      // Other visitors are not affected.
      expect((await send({ model: "alpha", section: "portraits", photo: shown[0] })).status).toBe(204);

      // One view back every two seconds; a minute later the same page counts again.
      vi.setSystemTime(start + 2_000);
      expect((await send({ model: "alpha", section: "portraits", photo: "later" }, { ip })).status).toBe(204);
      expect((await send({ model: "alpha", section: "portraits", photo: "again" }, { ip })).status).toBe(429);
      vi.setSystemTime(start + 62_000);
      const beforeMinute = await sectionCount("portraits", alphaId);
      expect((await send({ model: "alpha", section: "portraits" }, { ip })).status).toBe(204);
      expect(await sectionCount("portraits", alphaId)).toBe(beforeMinute + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("view statistics for staff", () => {
  it("adds up the days, the section's photos and the totals, per UTC day", async () => {
    await db.sectionViewDay.deleteMany({});
    await db.mediaViewDay.deleteMany({});
    const now = new Date("2026-03-31T12:00:00Z");
    const day = (iso: string) => new Date(iso);
    await recordView({ model: "alpha", section: "portraits" }, day("2026-03-31T00:30:00Z"));
    await recordView({ model: "alpha", section: "portraits" }, day("2026-03-31T23:59:00Z"));
    await recordView({ model: "alpha", section: "portraits" }, day("2026-03-25T10:00:00Z"));
    await recordView({ model: "alpha", section: "portraits" }, day("2026-03-10T10:00:00Z"));
    await recordView({ model: "alpha", section: "portraits" }, day("2025-12-01T10:00:00Z"));
    await recordView({ model: "alpha", section: "portraits", photo: shown[0] }, day("2026-03-30T10:00:00Z"));
    await recordView({ model: "alpha", section: "portraits", photo: shown[0] }, day("2026-01-01T10:00:00Z"));
    expect(await recordView({ model: "alpha", section: "drafts" }, now)).toBe(false);

    const stats = await getSectionViewStats(owner, "alpha", "portraits", now);
    expect(stats).toMatchObject({ today: 2, last7: 3, last30: 4, total: 5 });
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)).toEqual({ day: "2026-03-31", count: 2 });
    expect(stats.daily[0]!.day).toBe("2026-03-02");
    expect(stats.photos[shown[0]!]).toEqual({ last7: 1, last30: 1, total: 2 });
    expect(stats.photos[shown[1]!]).toEqual({ last7: 0, last30: 0, total: 0 });
    expect(Object.keys(stats.photos).sort()).toEqual([...shown, rejectedId].sort());
  });

  it("answers 404 to an editor of another model, as for a section that does not exist", async () => {
    const error = await getSectionViewStats(editorB, "alpha", "portraits").catch((e: unknown) => e);
    const appError = toAppError(error);
    expect(isInternal(appError)).toBe(false);
    expect(appError.status).toBe(404);
    expect((await getSectionViewStats(editorB, "bravo", "portraits")).total).toBe(0);
  });
});
