// Which public pages each change refreshes. Outside a Next request (like here, and like a job run by the
// embedded executor) revalidateModel posts the tags to the app's internal route; a small local HTTP
// server stands in for the running app and checks the signature, and the test says so.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as revalidateRoute } from "@/app/api/gallery/revalidate/route";
import type { StaffUser } from "@/lib/auth/staff-user";
import { addSectionItems } from "@/lib/gallery/sections/add-section-items";
import { GALLERY_LISTING_TAG, modelPageTag, modelTag, sectionTag } from "@/lib/gallery/public/cache-tags";
import { createSection } from "@/lib/gallery/sections/create-section";
import { deleteSection } from "@/lib/gallery/sections/delete-section";
import { removeSectionItem } from "@/lib/gallery/sections/remove-section-item";
import { reorderSectionItems } from "@/lib/gallery/sections/reorder-section-items";
import { reorderSections } from "@/lib/gallery/sections/reorder-sections";
import { REVALIDATE_ROUTE } from "@/lib/gallery/public/revalidate-model";
import { signRevalidation, verifyRevalidation } from "@/lib/gallery/public/revalidate-signature";
import { setSectionItems } from "@/lib/gallery/sections/set-section-items";
import { updateSection } from "@/lib/gallery/sections/update-section";
import { createModel } from "@/lib/models/create-model";
import { updateModel } from "@/lib/models/update-model";
import { clearRevalidations, listRevalidations } from "../helpers/revalidation-log";
import { makeUser, ORIGIN } from "./auth-session-helper";
import { seedPhoto } from "./gallery-seed";

let owner: StaffUser;
let alphaId: string;
let photos: string[];
let appStandIn: Server;
const received: { path: string; tags: string[]; signed: boolean }[] = [];

/** Every tag revalidated since the last clear, in order. */
const revalidatedTags = () => listRevalidations().flatMap((r) => r.tags);

beforeAll(async () => {
  appStandIn = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const headers = new Headers(req.headers as Record<string, string>);
      const signed = verifyRevalidation(headers, body);
      received.push({ path: req.url ?? "", tags: (JSON.parse(body) as { tags: string[] }).tags, signed });
      res.writeHead(signed ? 200 : 401, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => appStandIn.listen(0, "127.0.0.1", resolve));
  // Read once by lib/config.ts, before the first revalidation of this file.
  process.env.INTERNAL_APP_URL = `http://127.0.0.1:${(appStandIn.address() as AddressInfo).port}`;

  owner = await makeUser("OWNER");
  alphaId = (await createModel(owner, { slug: "alpha", displayName: "Alpha", published: true })).id;
  const bravoId = (await createModel(owner, { slug: "bravo", displayName: "Bravo", published: true })).id;
  await createSection(owner, "alpha", { slug: "portraits", title: "Portraits", published: true });
  await createSection(owner, "alpha", { slug: "travel", title: "Travel", published: true });
  await createSection(owner, "alpha", { slug: "drafts", title: "Drafts" });
  await createSection(owner, "bravo", { slug: "portraits", title: "Bravo portraits", published: true });
  photos = [];
  for (let i = 0; i < 3; i++) photos.push((await seedPhoto(alphaId)).id);
  await seedPhoto(bravoId);
});

afterAll(async () => {
  delete process.env.INTERNAL_APP_URL;
  await new Promise((resolve) => appStandIn.close(resolve));
});

beforeEach(() => {
  clearRevalidations();
  received.length = 0;
});

describe("targeted revalidation", () => {
  it("refreshes exactly the changed section's page and its model page when photos are placed", async () => {
    await setSectionItems(owner, "alpha", "portraits", { mediaIds: photos });
    expect(revalidatedTags()).toEqual([modelPageTag("alpha"), sectionTag("alpha", "portraits")]);

    clearRevalidations();
    await reorderSectionItems(owner, "alpha", "portraits", { mediaIds: [...photos].reverse() });
    await removeSectionItem(owner, "alpha", "portraits", photos[0]!);
    await addSectionItems(owner, "alpha", "portraits", { mediaIds: [photos[0]!] });
    expect(listRevalidations().map((r) => r.reason)).toEqual([
      "gallery.section.items.reorder",
      "gallery.section.items.remove",
      "gallery.section.items.add",
    ]);
    for (const record of listRevalidations()) {
      expect(record.tags).toEqual([modelPageTag("alpha"), sectionTag("alpha", "portraits")]);
    }
  });

  it("never touches another model's tags, whatever changes in this one", async () => {
    await setSectionItems(owner, "alpha", "travel", { mediaIds: [photos[1]!] });
    await updateSection(owner, "alpha", "travel", { description: "On the road." });
    await updateSection(owner, "alpha", "travel", { title: "Travel diaries" });
    await updateSection(owner, "alpha", "travel", { published: false });
    await updateSection(owner, "alpha", "travel", { published: true, coverId: photos[1]! });
    await reorderSections(owner, "alpha", { order: ["travel", "portraits", "drafts"] });
    await updateModel(owner, "alpha", { bio: "Portraits and travel." });

    const tags = revalidatedTags();
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => tag.includes("bravo"))).toEqual([]);
    expect(tags.every((tag) => tag === GALLERY_LISTING_TAG || tag.startsWith(modelTag("alpha")))).toBe(true);
    // Model B's pages — the model page, the section with the same slug — are never named.
    expect(tags).not.toContain(modelTag("bravo"));
    expect(tags).not.toContain(sectionTag("bravo", "portraits"));
  });

  it("refreshes every page of the model when titles, publication or the section order change", async () => {
    await updateSection(owner, "alpha", "travel", { description: "Only this page." });
    await updateSection(owner, "alpha", "travel", { title: "Roads" });
    await updateSection(owner, "alpha", "travel", { published: false });
    await reorderSections(owner, "alpha", { order: ["portraits", "travel", "drafts"] });
    expect(listRevalidations().map((r) => [r.reason, r.tags])).toEqual([
      ["gallery.section.update", [modelPageTag("alpha"), sectionTag("alpha", "travel")]],
      ["gallery.section.update", [modelTag("alpha")]],
      ["gallery.section.update", [modelTag("alpha"), GALLERY_LISTING_TAG]],
      ["gallery.sections.reorder", [modelTag("alpha")]],
    ]);
  });

  it("leaves the cache alone for changes to a draft section, which no visitor can see", async () => {
    await setSectionItems(owner, "alpha", "drafts", { mediaIds: [photos[2]!] });
    await updateSection(owner, "alpha", "drafts", { title: "Still a draft" });
    await createSection(owner, "alpha", { slug: "another-draft", title: "Another draft" });
    await deleteSection(owner, "alpha", "another-draft");
    expect(listRevalidations()).toEqual([]);
  });

  it("refreshes a published model's pages and the sitemap when its profile or publication changes", async () => {
    await updateModel(owner, "bravo", { displayName: "Bravo Studio" });
    await updateModel(owner, "bravo", { published: false });
    expect(listRevalidations().map((r) => r.tags)).toEqual([
      [modelTag("bravo")],
      [modelTag("bravo"), GALLERY_LISTING_TAG],
    ]);
  });
});

describe("revalidation outside a request", () => {
  it("posts the tags, signed, to the app's internal route and records the delivery", async () => {
    await updateSection(owner, "alpha", "portraits", { description: "Delivered." });
    expect(listRevalidations()).toEqual([
      {
        tags: [modelPageTag("alpha"), sectionTag("alpha", "portraits")],
        delivery: "internal-route",
        reason: "gallery.section.update",
      },
    ]);
    expect(received).toEqual([
      {
        path: REVALIDATE_ROUTE,
        tags: [modelPageTag("alpha"), sectionTag("alpha", "portraits")],
        signed: true,
      },
    ]);
  });

  it("records a failed delivery without failing the change that was saved", async () => {
    const saved = process.env.INTERNAL_APP_URL;
    await new Promise((resolve) => appStandIn.close(resolve));
    try {
      const section = await updateSection(owner, "alpha", "portraits", { description: "Saved anyway." });
      expect(section.description).toBe("Saved anyway.");
      expect(listRevalidations().map((r) => r.delivery)).toEqual(["failed"]);
    } finally {
      await new Promise<void>((resolve) =>
        appStandIn.listen(Number(new URL(saved!).port), "127.0.0.1", resolve),
      );
    }
  });
});

describe("the internal revalidation route", () => {
  const post = (body: string, headers: Record<string, string>) =>
    revalidateRoute(
      new Request(`${ORIGIN}${REVALIDATE_ROUTE}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
    );

  it("refuses an unsigned, tampered or stale request with 401", async () => {
    const body = JSON.stringify({ tags: [modelTag("alpha")] });
    expect((await post(body, {})).status).toBe(401);
    const signed = signRevalidation(body);
    expect((await post(JSON.stringify({ tags: [modelTag("bravo")] }), signed)).status).toBe(401);
    expect((await post(body, signRevalidation(body, Date.now() - 10 * 60_000))).status).toBe(401);
  });

  it("refuses tags that are not the gallery's with 422", async () => {
    const body = JSON.stringify({ tags: ["_N_T_/admin/models"] });
    const response = await post(body, signRevalidation(body));
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("invalid");
  });
});
