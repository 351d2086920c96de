// A photo's view counts as staff read them in the photo details (GET /api/models/{slug}/media/{id}/views),
// fed by the real gallery beacon route: what counts (a person opening the photo), what does not (bots,
// page views, other photos), how the days add up (UTC, on a fixed clock) and who may read them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as viewsRoute } from "@/app/api/models/[slug]/media/[id]/views/route";
import { POST as beacon } from "@/app/api/views/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { db } from "@/lib/db";
import { createSection } from "@/lib/gallery/sections/create-section";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { createModel } from "@/lib/models/create-model";
import { setModelMembers } from "@/lib/models/set-model-members";
import { getMediaViewStats } from "@/lib/views/get-media-view-stats";
import { recordView } from "@/lib/views/record-view";
import { makeUser, ORIGIN, sessionCookieFor } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

const BROWSER =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/** Thirty seconds before midnight UTC, and thirty seconds after it. */
const LATE_MARCH_31 = new Date("2026-03-31T23:59:30Z");
const EARLY_APRIL_1 = new Date("2026-04-01T00:00:30Z");

let ipCounter = 0;
/** A different address per view, so the per-address repeat guard counts every one. */
const nextIp = () => `203.0.113.${(ipCounter++ % 250) + 1}`;

function sendView(body: { model: string; section: string; photo?: string }, ua = BROWSER) {
  return beacon(
    new Request(`${ORIGIN}/api/views`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", "user-agent": ua, "x-forwarded-for": nextIp() },
      body: JSON.stringify(body),
    }),
  );
}

async function readViews(slug: string, id: string, cookie?: string) {
  const response = await viewsRoute(
    new Request(`${ORIGIN}/api/models/${slug}/media/${id}/views`, { headers: cookie ? { cookie } : {} }),
    { params: Promise.resolve({ slug, id }) },
  );
  return { status: response.status, headers: response.headers, body: await response.json() };
}

let owner: StaffUser;
const cookies = {} as Record<"owner" | "viewer" | "outsider", string>;
let photoId: string, otherPhotoId: string, bravoPhotoId: string;

beforeAll(async () => {
  // A fixed clock (Date only; real timers keep the database driver going), set before signing in so the
  // session cookies are valid on it.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(LATE_MARCH_31);

  owner = await makeUser("OWNER");
  const viewer = await makeUser("VIEWER");
  const outsider = await makeUser("EDITOR", "outsider");
  const alphaId = (await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  const bravoId = (await createModel(owner, { slug: "bravo", displayName: "Bravo", published: true })).id;
  await setModelMembers(owner, "alpha", { userIds: [viewer.id] });
  await setModelMembers(owner, "bravo", { userIds: [outsider.id] });
  photoId = (await seedPhoto(alphaId)).id;
  otherPhotoId = (await seedPhoto(alphaId)).id;
  bravoPhotoId = (await seedPhoto(bravoId)).id;
  await createSection(owner, "alpha", { slug: "portraits", title: "Portraits", published: true });
  await setSectionItems(owner, "alpha", "portraits", { mediaIds: [photoId, otherPhotoId] });
  cookies.owner = await sessionCookieFor(owner.email);
  cookies.viewer = await sessionCookieFor(viewer.email);
  cookies.outsider = await sessionCookieFor(outsider.email);
});

afterAll(() => {
  vi.useRealTimers();
});

describe("a photo's views in the photo details", () => {
  it("are all zero, privately cached, for a photo nobody has opened", async () => {
    const { status, headers, body } = await readViews("alpha", photoId, cookies.owner);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(body).toEqual({ views: { today: 0, last7: 0, last30: 0, total: 0 } });
  });

  it("count each person opening it through the beacon, per UTC day, and never bots or other views", async () => {
    vi.setSystemTime(LATE_MARCH_31);
    const portraits = { model: "alpha", section: "portraits" };
    const responses = [
      await sendView({ ...portraits, photo: photoId }),
      await sendView({ ...portraits, photo: photoId }),
      await sendView({ ...portraits, photo: photoId }, GOOGLEBOT),
      await sendView(portraits), // the page itself, not the photo
      await sendView({ ...portraits, photo: otherPhotoId }),
    ];
    expect(responses.map((r) => r.status)).toEqual([204, 204, 204, 204, 204]);
    expect((await readViews("alpha", photoId, cookies.owner)).body.views).toEqual({
      today: 2,
      last7: 2,
      last30: 2,
      total: 2,
    });

    // A minute later it is another UTC day: "today" starts again, the longer spans keep the day before.
    vi.setSystemTime(EARLY_APRIL_1);
    await sendView({ ...portraits, photo: photoId });
    await sendView({ ...portraits, photo: photoId }, GOOGLEBOT);
    expect((await readViews("alpha", photoId, cookies.owner)).body.views).toEqual({
      today: 1,
      last7: 3,
      last30: 3,
      total: 3,
    });
    expect((await readViews("alpha", otherPhotoId, cookies.owner)).body.views.total).toBe(1);
    // Aggregated per day: one row per photo and UTC day, nothing about the visitors.
    const rows = await db.mediaViewDay.findMany({ where: { mediaId: photoId }, orderBy: { day: "asc" } });
    expect(rows.map((r) => [r.day.toISOString().slice(0, 10), r.count])).toEqual([
      ["2026-03-31", 2],
      ["2026-04-01", 1],
    ]);
  });

  it("add up the last 7 and 30 UTC days ending on the day of `now`, and all time", async () => {
    const view = { model: "alpha", section: "portraits", photo: photoId };
    for (const at of [
      "2026-03-26T00:00:00Z", // 6 days before April 1: within its 7 days
      "2026-03-25T23:59:59Z", // 7 days before: within 30 only
      "2026-03-03T12:00:00Z", // 29 days before: still within 30
      "2026-03-02T12:00:00Z", // 30 days before: all time only
      "2025-04-01T12:00:00Z", // a year before
    ]) {
      expect(await recordView(view, new Date(at))).toBe(true);
    }
    // Already counted: 2 on March 31 and 1 on April 1.
    expect(await getMediaViewStats(owner, "alpha", photoId, EARLY_APRIL_1)).toEqual({
      today: 1,
      last7: 4,
      last30: 6,
      total: 8,
    });
    // On March 31 the windows end a day earlier: April 1 is not in them yet, March 25 joins the 7 days
    // and March 2 the 30 days.
    expect(await getMediaViewStats(owner, "alpha", photoId, LATE_MARCH_31)).toEqual({
      today: 2,
      last7: 4,
      last30: 6,
      total: 8,
    });
    // The route reads the same figures on the clock's day.
    vi.setSystemTime(EARLY_APRIL_1);
    expect((await readViews("alpha", photoId, cookies.owner)).body.views).toEqual({
      today: 1,
      last7: 4,
      last30: 6,
      total: 8,
    });
  });

  it("are shown to staff of the model only: 404 to staff of another model, 401 when signed out", async () => {
    const viewer = await readViews("alpha", photoId, cookies.viewer);
    expect(viewer.status).toBe(200);
    expect(viewer.body.views.total).toBe(8);

    const outsider = await readViews("alpha", photoId, cookies.outsider);
    expect(outsider.status).toBe(404);
    expect(outsider.body).toEqual({ error: { code: "not_found", message: "Photo not found." } });
    expect(outsider.body.views).toBeUndefined();
    // Exactly what a photo that does not exist answers, so nothing leaks about which photos exist.
    expect((await readViews("alpha", "no-such-photo", cookies.owner)).body).toEqual(outsider.body);
    // Their own model's photos are readable to them; another model's photo under this slug is not.
    expect((await readViews("bravo", bravoPhotoId, cookies.outsider)).status).toBe(200);
    expect((await readViews("alpha", bravoPhotoId, cookies.owner)).status).toBe(404);

    const anonymous = await readViews("alpha", photoId);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthenticated");
  });

  it("are gone with the photo once it is deleted", async () => {
    await db.mediaItem.update({ where: { id: otherPhotoId }, data: { deletedAt: new Date() } });
    expect((await readViews("alpha", otherPhotoId, cookies.owner)).status).toBe(404);
  });
});
