// Public pages are static and stored in Next's cache under their path alone: whatever method first
// reaches a fresh page must not decide what the next visitors get. Every method, plain and with each
// stored encoding, is sent first to a just-published and to a just-edited landing, model and section
// page; the GET that follows must answer 200 with the page.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { OWNER, queryE2eDb } from "./e2e-env";
import { runId, signIn } from "./helpers";

const ENCODINGS = ["identity", "gzip", "br"] as const;
const REFUSED = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const FIRST_METHODS = ["HEAD", ...REFUSED] as const;

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One request with exactly these method and headers; the body is decoded as its Content-Encoding says. */
function send(url: string, method: string, encoding: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A form post's body on the methods that carry one, as a bot or a scanner sends it.
    const body = ["POST", "PUT", "PATCH", "DELETE"].includes(method) ? "a=1" : null;
    const headers: http.OutgoingHttpHeaders = { "accept-encoding": encoding };
    if (body) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers["content-length"] = Buffer.byteLength(body);
    }
    const request = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const coding = res.headers["content-encoding"];
        const decoded =
          body.length === 0
            ? body
            : coding === "br"
              ? brotliDecompressSync(body)
              : coding === "gzip"
                ? gunzipSync(body)
                : body;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: decoded.toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end(body ?? undefined);
  });
}

const newId = () => `e2e${randomBytes(10).toString("hex")}`;

/** A published model with a published section of two approved photos (rows only: no page is rendered yet). */
async function publishModel(api: APIRequestContext, slug: string, name: string) {
  expect(
    (await api.post("/api/models", { data: { slug, displayName: name, published: true } })).status(),
  ).toBe(201);
  const [model] = await queryE2eDb<{ id: string }[]>("SELECT id FROM `Model` WHERE slug = ?", [slug]);
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = newId();
    await queryE2eDb(
      "INSERT INTO `MediaItem` (id, modelId, filename, originalKey, mime, bytes, sha256, width, height, status, moderationStatus, dominantColor, updatedAt) VALUES (?, ?, ?, ?, 'image/jpeg', 1000, ?, 1200, 800, 'READY', 'APPROVED', '#556677', NOW(3))",
      [
        id,
        model!.id,
        `photo-${i}.jpg`,
        `originals/${model!.id}/${id}/x.jpg`,
        randomBytes(32).toString("hex"),
      ],
    );
    await queryE2eDb(
      "INSERT INTO `MediaVariant` (id, mediaId, kind, format, width, height, bytes, storageKey) VALUES (?, ?, 'DISPLAY', 'JPEG', 640, 427, 1000, ?)",
      [newId(), id, `public/${id}/1/w640.jpg`],
    );
    ids.push(id);
  }
  expect(
    (
      await api.post(`/api/models/${slug}/sections`, {
        data: { slug: "studio", title: "Studio", published: true },
      })
    ).status(),
  ).toBe(201);
  expect(
    (await api.put(`/api/models/${slug}/sections/studio/items`, { data: { mediaIds: ids } })).status(),
  ).toBe(200);
}

/** `method` first, then GET: every copy of the landing, model and section page still shows `name`. */
async function expectMethodCannotPoison(baseURL: string, slug: string, name: string, method: string) {
  const pages = ["/", `/${slug}`, `/${slug}/studio`];
  const firsts: { label: string; answer: Answer }[] = [];
  for (const pathname of pages) {
    for (const encoding of ENCODINGS) {
      const answer = await send(baseURL + pathname, method, encoding);
      firsts.push({ label: `${method} ${pathname} (${encoding})`, answer });
    }
  }
  // What visitors get afterwards comes first: this is what a poisoned cache breaks. Every answer is the
  // page (200); a render of the listing that began before the change may still be stored for a moment
  // (background jobs of earlier specs revalidate too), so the new name gets a few seconds to appear. A
  // poisoned copy would never change.
  for (const pathname of pages) {
    for (const encoding of ENCODINGS) {
      const label = `GET ${pathname} (${encoding}) after ${method}`;
      await expect
        .poll(
          async () => {
            const page = await send(baseURL + pathname, "GET", encoding);
            expect(page.status, label).toBe(200);
            return page.text.includes(name);
          },
          { message: label, timeout: 10_000 },
        )
        .toBe(true);
    }
  }
  for (const { label, answer } of firsts) {
    if (method === "HEAD") {
      expect(answer.status, label).toBe(200);
      continue;
    }
    expect(answer.status, label).toBe(405);
    expect(answer.headers.allow, label).toBe("GET, HEAD");
    expect(answer.headers["cache-control"], label).toBe("no-store");
    expect(answer.headers["x-nextjs-cache"], label).toBeUndefined();
  }
}

test("no method sent first to a just-published or just-edited public page changes what visitors get", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const owner = await browser.newPage();
  await signIn(owner, OWNER.email, OWNER.password);
  const api = owner.request;
  for (const method of FIRST_METHODS) {
    const slug = `first-${method.toLowerCase()}-${runId}`;
    // Published just now: no copy of these pages has ever been rendered.
    await publishModel(api, slug, `Published ${method} ${runId}`);
    await expectMethodCannotPoison(baseURL!, slug, `Published ${method} ${runId}`, method);
    // Edited: every page of the model (and the landing page, which lists it) is expired.
    const edited = `Edited ${method} ${runId}`;
    expect((await api.patch(`/api/models/${slug}`, { data: { displayName: edited } })).status()).toBe(200);
    await expectMethodCannotPoison(baseURL!, slug, edited, method);
  }
  await owner.close();
});
