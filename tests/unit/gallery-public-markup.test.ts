import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { html, trusted, type HtmlValue } from "@/components/gallery/html";
import { aspectRatio, justifiedSizes } from "@/components/gallery/justified-grid";
import { placeholderImage } from "@/components/gallery/placeholder-image";

describe("the html tag", () => {
  it("escapes every interpolated value, quotes included, and inserts SafeHtml and lists as they are", () => {
    const name = `"><script>alert('x')</script>&`;
    const escaped = "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;";
    const list: HtmlValue[] = [html`<b>${1}</b>`, null, false, undefined, "<i>"];
    const out = html`<p title="${name}">${name}</p>
      ${list}${trusted("<hr>")}`.value;
    expect(out).toBe(`<p title="${escaped}">${escaped}</p><b>1</b>&lt;i&gt;<hr>`);
  });

  it("drops the layout of multi-line templates but keeps the space between attributes", () => {
    const lazy = true;
    const out = html`<ul>
      <li>
        <img src="a.jpg" ${lazy ? html` loading="lazy"` : null} alt="${"x"}" />
      </li>
    </ul>`;
    expect(out.value).toBe('<ul><li><img src="a.jpg"  loading="lazy" alt="x" /></li></ul>');
  });
});

describe("justified grid sizes", () => {
  it("draws a photo as wide as its aspect ratio allows at each breakpoint, never wider than the screen", () => {
    expect(justifiedSizes(1.5)).toBe("(max-width: 640px) 81vw, (max-width: 1100px) 49vw, 669px");
    expect(justifiedSizes(4)).toBe("(max-width: 640px) 100vw, (max-width: 1100px) 100vw, 1783px");
    expect(aspectRatio({ width: 100, height: 10_000 })).toBe(0.25);
    expect(aspectRatio({ width: 0, height: 0 })).toBe(1);
  });
});

describe("placeholder image", () => {
  it("turns a ThumbHash into a PNG of at most 8 px a side with the photo's proportions", async () => {
    const url = placeholderImage("1QcSHQRnh493V4dIh4eXh1h4kJUI")!;
    expect(url).toMatch(/^data:image\/png;base64,/);
    expect(url.length).toBeLessThan(400);
    const meta = await sharp(Buffer.from(url.split(",")[1]!, "base64")).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(8);
    expect(placeholderImage(null)).toBeNull();
    expect(placeholderImage("")).toBeNull();
  });
});
