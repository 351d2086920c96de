// Runs in the browser, in the lightbox script (client-scripts.ts) right after PhotoSwipe's own UMD build,
// which defines `window.PhotoSwipe`. Serialized with `toString`, so it must be self-contained: no
// imports (type imports vanish), no outer variables, no syntax the server compiler would rewrite.
//
// PhotoSwipe does the viewing (swipe, pinch/wheel/double-tap zoom, keyboard, focus trap); this glue feeds
// it the photos the page already describes and gives it a place in the browser history: opening pushes
// one entry (`?photo=<id>`), moving between photos replaces it, Back closes the viewer.
import type PhotoSwipe from "photoswipe";
import type { SlideData } from "photoswipe";
import type { LightboxApi, LightboxOpenOptions } from "./gallery-boot";

export function installLightbox(css: string): void {
  const host = window as unknown as { __p4gLightbox?: LightboxApi; PhotoSwipe?: typeof PhotoSwipe };
  if (host.__p4gLightbox || !host.PhotoSwipe) return;
  const PhotoSwipeClass = host.PhotoSwipe;

  /** Marks the history entry the viewer pushed, so Back (or Forward) can tell it apart. */
  const STATE_KEY = "p4gLightbox";
  let current: PhotoSwipe | null = null;
  let last: LightboxOpenOptions | null = null;
  /** True while the viewer closes because the history moved: it must not move the history again. */
  let closingFromHistory = false;
  let inerted: HTMLElement[] = [];

  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);

  const ownsEntry = () => Boolean(history.state && history.state[STATE_KEY]);

  function photoUrl(id: string | null): string {
    const url = new URL(location.href);
    if (id) url.searchParams.set("photo", id);
    else url.searchParams.delete("photo");
    return url.pathname + url.search + url.hash;
  }

  /** The format the browser chose for the grid (AVIF, WebP or JPEG): the viewer asks for the same. */
  function chosenType(tiles: HTMLAnchorElement[]): string {
    for (let t = 0; t < tiles.length; t++) {
      const img = tiles[t]!.querySelector("img");
      const src = (img && img.currentSrc) || "";
      if (/\.avif(\?|$)/.test(src)) return "image/avif";
      if (/\.webp(\?|$)/.test(src)) return "image/webp";
      if (src) return "image/jpeg";
    }
    return "image/jpeg";
  }

  /** A slide from a tile's `<picture>`: its srcset in the chosen format, the size of its largest file. */
  function slideOf(tile: HTMLAnchorElement, type: string): SlideData {
    const img = tile.querySelector("img");
    const source = tile.querySelector<HTMLSourceElement>('source[type="' + type + '"]');
    const srcset = (source && source.srcset) || (img && img.srcset) || "";
    const ratio =
      (Number(img && img.getAttribute("width")) || 1) / (Number(img && img.getAttribute("height")) || 1);
    let widest = 0;
    let widestUrl = (img && img.getAttribute("src")) || "";
    const candidates = srcset.split(",");
    for (let c = 0; c < candidates.length; c++) {
      const parts = candidates[c]!.trim().split(/\s+/);
      const width = parseInt(parts[1] || "", 10);
      if (parts[0] && width > widest) {
        widest = width;
        widestUrl = parts[0];
      }
    }
    const width = widest || Number(img && img.getAttribute("width")) || 1200;
    return {
      src: widestUrl,
      srcset: srcset,
      width: width,
      height: Math.round(width / ratio),
      alt: (img && img.alt) || "",
      // The thumbnail the grid already shows: painted at once, the sharp file covers it when it arrives.
      msrc: (img && img.currentSrc) || undefined,
      element: tile,
      thumbCropped: true,
    };
  }

  function setInert(on: boolean) {
    if (on) {
      const children = document.body.children;
      for (let c = 0; c < children.length; c++) {
        const child = children[c] as HTMLElement;
        if (!child.classList.contains("pswp") && !child.inert && child.tagName !== "SCRIPT") {
          child.inert = true;
          inerted.push(child);
        }
      }
    } else {
      for (let i = 0; i < inerted.length; i++) inerted[i]!.inert = false;
      inerted = [];
    }
  }

  function open(options: LightboxOpenOptions) {
    const tiles = options.tiles;
    if (!tiles.length || current) return;
    last = options;
    const type = chosenType(tiles);
    const slides: SlideData[] = [];
    for (let t = 0; t < tiles.length; t++) slides.push(slideOf(tiles[t]!, type));
    const startId = tiles[options.index]!.getAttribute("data-photo") || "";

    if (!ownsEntry()) {
      // A shared link lands on `?photo=`: behind it goes the plain page, so Back shows the gallery.
      if (options.fromLink) history.replaceState(null, "", photoUrl(null));
      const state: Record<string, unknown> = {};
      state[STATE_KEY] = true;
      history.pushState(state, "", photoUrl(startId));
    }

    const pswp = new PhotoSwipeClass({
      dataSource: slides,
      index: options.index,
      loop: false,
      bgOpacity: 1,
      showHideAnimationType: "zoom",
      returnFocus: false,
      closeTitle: "Close",
      zoomTitle: "Zoom in",
      arrowPrevTitle: "Previous photo",
      arrowNextTitle: "Next photo",
      errorMsg: "This photo cannot be loaded",
      // Zoom as far as a visitor looks at detail: 2.5x on a tap or click, 4x with a pinch or the wheel.
      secondaryZoomLevel: (levels) => levels.fit * 2.5,
      maxZoomLevel: (levels) => levels.fit * 4,
      // Room for the bar above and the caption below; arrows beside the photo on wider screens.
      paddingFn: (viewport) =>
        viewport.x < 700
          ? { top: 56, bottom: 52, left: 0, right: 0 }
          : { top: 60, bottom: 56, left: 72, right: 72 },
    });
    current = pswp;

    pswp.on("uiRegister", () => {
      pswp.ui!.registerElement({
        name: "caption",
        appendTo: "root",
        order: 9,
        onInit: (element) => {
          element.setAttribute("aria-live", "polite");
          pswp.on("change", () => {
            const tile = tiles[pswp.currIndex];
            element.textContent = (tile && tile.getAttribute("data-caption")) || "";
          });
        },
      });
    });

    pswp.on("change", () => {
      const tile = tiles[pswp.currIndex];
      if (!tile) return;
      const id = tile.getAttribute("data-photo") || "";
      if (ownsEntry()) history.replaceState(history.state, "", photoUrl(id));
      options.onShow(id);
    });

    // The zoom button says what it will do next.
    pswp.on("zoomPanUpdate", (event) => {
      if (event.slide !== pswp.currSlide) return;
      const button = pswp.element && pswp.element.querySelector(".pswp__button--zoom");
      if (!button) return;
      const label =
        event.slide.currZoomLevel > event.slide.zoomLevels.initial + 0.001 ? "Zoom out" : "Zoom in";
      if (button.getAttribute("aria-label") !== label) {
        button.setAttribute("aria-label", label);
        button.setAttribute("title", label);
      }
    });

    // Tab cycles through the viewer's visible buttons: the page behind is inert, so focus would
    // otherwise leave the document after the last one.
    pswp.on("keydown", (event) => {
      const key = event.originalEvent;
      if (key.key !== "Tab" || !pswp.element) return;
      const buttons = Array.prototype.slice
        .call(pswp.element.querySelectorAll("button"))
        .filter(
          (b: HTMLButtonElement) =>
            !b.disabled && b.getClientRects().length > 0 && getComputedStyle(b).visibility !== "hidden",
        ) as HTMLButtonElement[];
      if (!buttons.length) return;
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = key.shiftKey ? (at <= 0 ? buttons.length - 1 : at - 1) : (at + 1) % buttons.length;
      buttons[next]!.focus();
      key.preventDefault();
      event.preventDefault();
    });

    pswp.on("close", () => {
      current = null;
      setInert(false);
      // Closed by the viewer itself (Escape, the button, a swipe down): leave the entry it pushed.
      if (!closingFromHistory && ownsEntry()) history.back();
      closingFromHistory = false;
    });

    pswp.on("destroy", () => {
      const tile = tiles[pswp.currIndex];
      if (tile) {
        tile.focus({ preventScroll: true });
        tile.scrollIntoView({ block: "nearest" });
      }
    });

    // Busy while it zooms open: PhotoSwipe takes keys and gestures only once that ends.
    pswp.on("openingAnimationEnd", () => {
      if (pswp.element) pswp.element.setAttribute("aria-busy", "false");
    });
    pswp.init();
    if (pswp.element) {
      pswp.element.setAttribute("aria-modal", "true");
      pswp.element.setAttribute("aria-label", "Photo viewer");
      if (pswp.opener.isOpening) pswp.element.setAttribute("aria-busy", "true");
    }
    setInert(true);
  }

  window.addEventListener("popstate", () => {
    if (current) {
      const viewer = current;
      closingFromHistory = true;
      // PhotoSwipe ignores a close during its opening animation (and would stay open): wait for its end.
      if (viewer.opener.isOpening) viewer.on("openingAnimationEnd", () => viewer.close());
      else viewer.close();
      return;
    }
    // Forward onto an entry the viewer pushed: show that photo again.
    if (!ownsEntry() || !last) return;
    const id = new URLSearchParams(location.search).get("photo");
    let index = -1;
    for (let t = 0; t < last.tiles.length; t++)
      if (last.tiles[t]!.getAttribute("data-photo") === id) index = t;
    if (index >= 0) open({ tiles: last.tiles, index: index, onShow: last.onShow, fromLink: false });
  });

  host.__p4gLightbox = { open: open };
}
