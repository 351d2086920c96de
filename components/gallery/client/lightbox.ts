// Runs in the browser: the gallery's lightbox, served as its own script (app/(public)/assets/gallery)
// and loaded only when a visitor first reaches for a photo. Serialized with `toString`, so it must be
// self-contained: no imports, no outer variables.
//
// Our own rather than a React lightbox: the public pages ship no React at all (see app/(public)/README.md),
// and this does what they need in about 4 KB compressed: keyboard, swipe, pinch/wheel/double-tap zoom,
// a link per photo (`?photo=<id>`), neighbours preloaded, focus kept inside and returned to the thumbnail.
import type { LightboxApi } from "./gallery-boot";

export function installLightbox(): void {
  const host = window as unknown as { __p4gLightbox?: LightboxApi };
  if (host.__p4gLightbox) return;

  const CSS =
    ".lb{position:fixed;inset:0;z-index:50;background:#0e0d0c;color:#f1eee9;font:14px/1.4 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;touch-action:none;user-select:none;-webkit-user-select:none;outline:none}" +
    ".lb[hidden]{display:none}" +
    ".lb-stage{position:absolute;inset:56px 0 52px;overflow:hidden}" +
    "@media (min-width:700px){.lb-stage{inset:60px 72px 56px}}" +
    ".lb-frame{position:absolute;left:50%;top:50%;background:#2a2724 center/contain no-repeat;transform-origin:0 0;will-change:transform}" +
    ".lb-frame.lb-anim{transition:transform .25s cubic-bezier(.2,.7,.2,1)}" +
    ".lb-frame img{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;pointer-events:none;-webkit-user-drag:none}" +
    ".lb-top{position:absolute;inset:0 0 auto;display:flex;align-items:center;justify-content:space-between;height:56px;padding:0 8px 0 18px}" +
    ".lb-count{margin:0;font-variant-numeric:tabular-nums;letter-spacing:.04em;color:#cfc9c1}" +
    ".lb-tools{display:flex;gap:4px}" +
    ".lb button{display:grid;place-items:center;width:44px;height:44px;padding:0;border:0;border-radius:999px;background:transparent;color:inherit;cursor:pointer}" +
    ".lb button:hover{background:rgba(255,255,255,.1)}" +
    ".lb button:focus-visible{outline:2px solid #f1eee9;outline-offset:1px}" +
    ".lb button[disabled]{opacity:0;pointer-events:none}" +
    ".lb svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}" +
    ".lb .lb-prev,.lb .lb-next{position:absolute;top:50%;margin-top:-22px;background:rgba(14,13,12,.35)}" +
    ".lb .lb-prev{left:6px}.lb .lb-next{right:6px}" +
    "@media (min-width:700px){.lb .lb-prev{left:14px}.lb .lb-next{right:14px}}" +
    ".lb-caption{position:absolute;inset:auto 16px 0;height:52px;margin:0;display:flex;align-items:center;justify-content:center;text-align:center;color:#cfc9c1;overflow:hidden}" +
    "@media (prefers-reduced-motion:reduce){.lb-frame.lb-anim{transition:none}}";

  const ICONS: Record<string, string> = {
    prev: '<path d="M15 5l-7 7 7 7"/>',
    next: '<path d="M9 5l7 7-7 7"/>',
    close: '<path d="M6 6l12 12M18 6L6 18"/>',
    zoomIn: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L20 20M10.5 7.5v6M7.5 10.5h6"/>',
    zoomOut: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L20 20M7.5 10.5h6"/>',
  };
  const MAX_ZOOM = 4;
  const TAP_ZOOM = 2.5;

  let tiles: HTMLAnchorElement[] = [];
  let index = 0;
  let onShow: (photoId: string) => void = () => undefined;
  // Fitted size of the current photo, and the zoom/pan/swipe transform on top of it.
  let fitW = 0;
  let fitH = 0;
  let scale = 1;
  let tx = 0;
  let ty = 0;
  let inerted: HTMLElement[] = [];
  let zoomShown = false;
  // Neighbours being fetched, held so they are not collected half-way.
  let preloading: HTMLPictureElement[] = [];

  const root = document.createElement("div");
  root.className = "lb";
  root.hidden = true;
  root.tabIndex = -1;
  root.setAttribute("role", "dialog");
  root.setAttribute("aria-modal", "true");
  root.setAttribute("aria-label", "Photo viewer");
  const button = (cls: string, label: string, icon: string) =>
    `<button type="button" class="${cls}" aria-label="${label}"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[icon]}</svg></button>`;
  root.innerHTML =
    '<div class="lb-stage"><div class="lb-frame"></div></div>' +
    '<div class="lb-top"><p class="lb-count" aria-live="polite"></p><div class="lb-tools">' +
    button("lb-zoom", "Zoom in", "zoomIn") +
    button("lb-close", "Close", "close") +
    "</div></div>" +
    button("lb-prev", "Previous photo", "prev") +
    button("lb-next", "Next photo", "next") +
    '<p class="lb-caption"></p>';
  const stage = root.querySelector(".lb-stage") as HTMLElement;
  const frame = root.querySelector(".lb-frame") as HTMLElement;
  const counter = root.querySelector(".lb-count") as HTMLElement;
  const caption = root.querySelector(".lb-caption") as HTMLElement;
  const zoomButton = root.querySelector(".lb-zoom") as HTMLButtonElement;
  const closeButton = root.querySelector(".lb-close") as HTMLButtonElement;
  const prevButton = root.querySelector(".lb-prev") as HTMLButtonElement;
  const nextButton = root.querySelector(".lb-next") as HTMLButtonElement;

  function photoId(i: number): string {
    return tiles[i]!.getAttribute("data-photo") || "";
  }

  function tileImage(i: number): HTMLImageElement | null {
    return tiles[i]!.querySelector("img");
  }

  function ratioOf(i: number): number {
    const img = tileImage(i);
    const w = Number(img && img.getAttribute("width")) || 1;
    const h = Number(img && img.getAttribute("height")) || 1;
    return w / h;
  }

  /** A `<picture>` like the tile's, sized for `width` CSS pixels: the browser picks format and file. */
  function pictureFor(i: number, width: number, alt: string): HTMLPictureElement {
    const picture = document.createElement("picture");
    const sizes = Math.ceil(width) + "px";
    const sources = tiles[i]!.querySelectorAll("source");
    for (let s = 0; s < sources.length; s++) {
      const source = document.createElement("source");
      source.type = sources[s]!.type;
      source.srcset = sources[s]!.srcset;
      source.sizes = sizes;
      picture.appendChild(source);
    }
    const from = tileImage(i);
    const img = document.createElement("img");
    // Inside the <picture> before any source is set, so the browser picks once, among every format.
    picture.appendChild(img);
    img.alt = alt;
    img.decoding = "async";
    if (from) {
      if (from.srcset) {
        img.srcset = from.srcset;
        img.sizes = sizes;
      }
      img.src = from.getAttribute("src") || "";
    }
    return picture;
  }

  function fit(i: number) {
    const box = stage.getBoundingClientRect();
    const ratio = ratioOf(i);
    fitW = Math.min(box.width, box.height * ratio);
    fitH = fitW / ratio;
    frame.style.width = fitW + "px";
    frame.style.height = fitH + "px";
  }

  function clampPan() {
    const box = stage.getBoundingClientRect();
    const maxX = Math.max(0, (fitW * scale - box.width) / 2);
    const maxY = Math.max(0, (fitH * scale - box.height) / 2);
    tx = Math.max(-maxX, Math.min(maxX, tx));
    ty = Math.max(-maxY, Math.min(maxY, ty));
  }

  /** The frame is centred by its own size; zoom scales around its centre, then pans and swipes move it. */
  function apply(animate: boolean, swipeX?: number, swipeY?: number) {
    frame.classList.toggle("lb-anim", animate);
    const x = tx + (swipeX || 0) - (fitW * scale) / 2;
    const y = ty + (swipeY || 0) - (fitH * scale) / 2;
    frame.style.transform = "translate3d(" + x + "px," + y + "px,0) scale(" + scale + ")";
    const zoomed = scale > 1.01;
    if (zoomed !== zoomShown) {
      zoomShown = zoomed;
      zoomButton.setAttribute("aria-label", zoomed ? "Zoom out" : "Zoom in");
      zoomButton.innerHTML =
        '<svg viewBox="0 0 24 24" aria-hidden="true">' + ICONS[zoomed ? "zoomOut" : "zoomIn"] + "</svg>";
    }
  }

  function setZoom(next: number, originX?: number, originY?: number) {
    const target = Math.max(1, Math.min(MAX_ZOOM, next));
    if (originX !== undefined && originY !== undefined) {
      // Keep the point under the pointer where it is: offsets from the stage centre scale with the zoom.
      const box = stage.getBoundingClientRect();
      const px = originX - (box.left + box.width / 2);
      const py = originY - (box.top + box.height / 2);
      tx = px - ((px - tx) * target) / scale;
      ty = py - ((py - ty) * target) / scale;
    }
    scale = target;
    if (scale === 1) tx = ty = 0;
    clampPan();
    apply(true);
    // Ask for sharper pixels once zoomed: the browser re-picks from the srcset.
    if (scale > 1) {
      const wanted = Math.ceil(fitW * scale) + "px";
      const nodes = frame.querySelectorAll("source, img:not(.lb-low)");
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n] as HTMLSourceElement | HTMLImageElement;
        if (node.srcset && parseFloat(node.sizes) < parseFloat(wanted)) node.sizes = wanted;
      }
    }
  }

  function preload(i: number) {
    if (i < 0 || i >= tiles.length) return;
    const box = stage.getBoundingClientRect();
    const ratio = ratioOf(i);
    // A detached <picture> still picks and fetches its image: the neighbour is in the cache when shown.
    preloading = preloading.slice(-3).concat(pictureFor(i, Math.min(box.width, box.height * ratio), ""));
  }

  function setUrl(id: string | null) {
    const url = new URL(location.href);
    if (id) url.searchParams.set("photo", id);
    else url.searchParams.delete("photo");
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }

  function show(i: number) {
    index = Math.max(0, Math.min(tiles.length - 1, i));
    scale = 1;
    tx = ty = 0;
    fit(index);
    const tile = tiles[index]!;
    const item = tile.parentElement as HTMLElement;
    const from = tileImage(index);
    const alt = (from && from.alt) || "";
    frame.style.backgroundColor = item.style.backgroundColor;
    frame.style.backgroundImage = item.style.backgroundImage;
    frame.textContent = "";
    // The thumbnail the grid already shows paints at once; the sharp photo covers it when it arrives.
    if (from && from.currentSrc) {
      const low = document.createElement("img");
      low.className = "lb-low";
      low.alt = "";
      low.src = from.currentSrc;
      frame.appendChild(low);
    }
    frame.appendChild(pictureFor(index, fitW, alt));
    apply(false);
    counter.textContent = index + 1 + " / " + tiles.length;
    caption.textContent = tile.getAttribute("data-caption") || "";
    prevButton.disabled = index === 0;
    nextButton.disabled = index === tiles.length - 1;
    const id = photoId(index);
    setUrl(id);
    onShow(id);
    preload(index + 1);
    preload(index - 1);
  }

  function go(step: number) {
    const next = index + step;
    if (next < 0 || next >= tiles.length) {
      apply(true);
      return;
    }
    show(next);
  }

  function close() {
    if (root.hidden) return;
    root.hidden = true;
    frame.textContent = "";
    for (const element of inerted) element.inert = false;
    inerted = [];
    document.documentElement.style.overflow = "";
    setUrl(null);
    const tile = tiles[index];
    if (tile) {
      tile.focus({ preventScroll: true });
      tile.scrollIntoView({ block: "nearest" });
    }
  }

  function open(options: Parameters<LightboxApi["open"]>[0]) {
    tiles = options.tiles;
    onShow = options.onShow;
    if (!tiles.length) return;
    if (!root.isConnected) {
      const style = document.createElement("style");
      style.textContent = CSS;
      document.head.appendChild(style);
      document.body.appendChild(root);
    }
    // Everything else leaves the accessibility tree and the tab order while the viewer is open.
    inerted = [];
    const children = document.body.children;
    for (let c = 0; c < children.length; c++) {
      const child = children[c] as HTMLElement;
      if (child !== root && !child.inert && child.tagName !== "SCRIPT") {
        child.inert = true;
        inerted.push(child);
      }
    }
    document.documentElement.style.overflow = "hidden";
    root.hidden = false;
    show(options.index);
    root.focus();
  }

  // Keyboard: arrows move, Escape closes, + and - zoom, Tab stays inside the viewer.
  root.addEventListener("keydown", (event) => {
    const key = event.key;
    if (key === "ArrowRight") go(1);
    else if (key === "ArrowLeft") go(-1);
    else if (key === "Home") show(0);
    else if (key === "End") show(tiles.length - 1);
    else if (key === "Escape") close();
    else if (key === "+" || key === "=") setZoom(scale * 1.5);
    else if (key === "-") setZoom(scale / 1.5);
    else if (key === "0") setZoom(1);
    else if (key === "Tab") {
      const focusable = [zoomButton, closeButton, prevButton, nextButton].filter((b) => !b.disabled);
      const at = focusable.indexOf(document.activeElement as HTMLButtonElement);
      const next = event.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : (at + 1) % focusable.length;
      focusable[next]!.focus();
    } else return;
    event.preventDefault();
  });

  prevButton.addEventListener("click", () => go(-1));
  nextButton.addEventListener("click", () => go(1));
  closeButton.addEventListener("click", close);
  zoomButton.addEventListener("click", () => setZoom(scale > 1.01 ? 1 : TAP_ZOOM));
  window.addEventListener("resize", () => {
    if (root.hidden) return;
    fit(index);
    clampPan();
    apply(false);
  });
  window.addEventListener("popstate", close);

  // Pointers: one finger swipes (or pans when zoomed), two pinch, a double tap or click zooms.
  const pointers: Record<number, { x: number; y: number }> = {};
  let start: {
    x: number;
    y: number;
    tx: number;
    ty: number;
    scale: number;
    distance: number;
    cx: number;
    cy: number;
  } | null = null;
  let moved = false;
  let lastTap = 0;
  // Pointer capture retargets later events to the stage: remember what was pressed.
  let pressed: EventTarget | null = null;
  let lastPointerType = "mouse";
  const active = () => Object.keys(pointers).map((k) => pointers[Number(k)]!);

  function begin() {
    const list = active();
    const a = list[0]!;
    const b = list[1];
    start = {
      x: a.x,
      y: a.y,
      tx: tx,
      ty: ty,
      scale: scale,
      distance: b ? Math.hypot(a.x - b.x, a.y - b.y) : 0,
      cx: b ? (a.x + b.x) / 2 : a.x,
      cy: b ? (a.y + b.y) / 2 : a.y,
    };
  }

  stage.addEventListener("pointerdown", (event) => {
    lastPointerType = event.pointerType;
    if (event.pointerType === "mouse" && event.button !== 0) return;
    if (!active().length) pressed = event.target;
    stage.setPointerCapture(event.pointerId);
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    moved = false;
    begin();
  });

  stage.addEventListener("pointermove", (event) => {
    if (!pointers[event.pointerId] || !start) return;
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    const list = active();
    const a = list[0]!;
    const dx = a.x - start.x;
    const dy = a.y - start.y;
    if (Math.abs(dx) + Math.abs(dy) > 6) moved = true;
    if (list.length > 1 && start.distance > 0) {
      const b = list[1]!;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      scale = Math.max(1, Math.min(MAX_ZOOM, (start.scale * distance) / start.distance));
      tx = start.tx;
      ty = start.ty;
      setZoomFromPinch(start.cx, start.cy, start.scale);
    } else if (scale > 1.01) {
      tx = start.tx + dx;
      ty = start.ty + dy;
      clampPan();
      apply(false);
    } else if (Math.abs(dx) > Math.abs(dy)) {
      apply(false, dx, 0);
    } else if (dy > 0) {
      apply(false, 0, dy);
    }
  });

  function setZoomFromPinch(cx: number, cy: number, from: number) {
    const box = stage.getBoundingClientRect();
    const px = cx - (box.left + box.width / 2);
    const py = cy - (box.top + box.height / 2);
    tx = px - ((px - tx) * scale) / from;
    ty = py - ((py - ty) * scale) / from;
    clampPan();
    apply(false);
  }

  function end(event: PointerEvent) {
    if (!pointers[event.pointerId]) return;
    const wasStart = start;
    delete pointers[event.pointerId];
    if (active().length > 0) {
      begin();
      return;
    }
    start = null;
    if (!wasStart) return;
    const dx = event.clientX - wasStart.x;
    const dy = event.clientY - wasStart.y;
    if (!moved && wasStart.distance === 0 && event.pointerType !== "mouse") {
      // A double tap zooms in where it lands, or back out.
      const now = Date.now();
      if (now - lastTap < 300) {
        lastTap = 0;
        setZoom(scale > 1.01 ? 1 : TAP_ZOOM, event.clientX, event.clientY);
      } else lastTap = now;
      return;
    }
    if (wasStart.distance > 0 || scale > 1.01) {
      if (scale <= 1.01) setZoom(1);
      return;
    }
    const box = stage.getBoundingClientRect();
    if (moved && Math.abs(dx) > Math.abs(dy) && Math.abs(dx) > Math.min(80, box.width * 0.15)) {
      go(dx < 0 ? 1 : -1);
    } else if (moved && dy > Math.min(120, box.height * 0.2)) {
      close();
    } else if (!moved && pressed === stage) {
      // A click on the dark around the photo closes, as people expect.
      close();
    } else apply(true);
  }
  stage.addEventListener("pointerup", end);
  stage.addEventListener("pointercancel", end);

  stage.addEventListener("dblclick", (event) => {
    // Browsers also fire dblclick for a double tap, which the pointer handlers already zoomed for.
    if (lastPointerType !== "mouse") return;
    setZoom(scale > 1.01 ? 1 : TAP_ZOOM, event.clientX, event.clientY);
  });
  stage.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      setZoom(scale * Math.exp(-event.deltaY * 0.002), event.clientX, event.clientY);
    },
    { passive: false },
  );

  host.__p4gLightbox = { open: open };
}
