// Runs in the browser, inlined at the end of a gallery page (serialized with `toString`, so it must be
// self-contained: no imports, no outer variables, nothing the server bundler would rewrite, like import()).

export interface LightboxOpenOptions {
  tiles: HTMLAnchorElement[];
  index: number;
  onShow: (photoId: string) => void;
  /** Opened by a `?photo=<id>` address rather than a click: that entry becomes the plain page. */
  fromLink: boolean;
}

/** What the lightbox script (lightbox.ts) puts on `window` once loaded. */
export interface LightboxApi {
  open(options: LightboxOpenOptions): void;
}

/**
 * Counts the page view, opens the lightbox on a click or a `?photo=<id>` link, and loads the lightbox
 * script only then (or when a pointer first comes near a photo), so the page itself carries almost no JS.
 */
export function galleryBoot(lightboxSrc: string, viewsUrl: string): void {
  const root = document.querySelector<HTMLElement>("[data-gallery]");
  if (!root) return;
  const model = root.getAttribute("data-model") || "";
  const section = root.getAttribute("data-section") || "";
  const tiles = Array.prototype.slice.call(root.querySelectorAll("a[data-photo]")) as HTMLAnchorElement[];
  const seen: Record<string, true> = {};

  // No cookie, no id: a fire-and-forget POST the browser sends even while the page unloads.
  function count(body: Record<string, string>) {
    try {
      if (navigator.sendBeacon) navigator.sendBeacon(viewsUrl, JSON.stringify(body));
    } catch {
      // Counting must never get in the visitor's way.
    }
  }
  if (model && section) count({ model: model, section: section });

  let loading: Promise<LightboxApi> | null = null;
  function loadLightbox(): Promise<LightboxApi> {
    if (!loading) {
      loading = new Promise<LightboxApi>((resolve, reject) => {
        const script = document.createElement("script");
        script.src = lightboxSrc;
        script.async = true;
        script.onload = () => {
          const api = (window as unknown as { __p4gLightbox?: LightboxApi }).__p4gLightbox;
          if (api) resolve(api);
          else reject(new Error("lightbox did not load"));
        };
        script.onerror = () => {
          loading = null;
          reject(new Error("lightbox did not load"));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function open(index: number, fallback: HTMLAnchorElement | null, fromLink: boolean) {
    loadLightbox().then(
      (lightbox) =>
        lightbox.open({
          tiles: tiles,
          index: index,
          fromLink: fromLink,
          onShow: (photoId) => {
            if (seen[photoId] || !section) return;
            seen[photoId] = true;
            count({ model: model, section: section, photo: photoId });
          },
        }),
      () => {
        // Without the lightbox, the photo itself is the next best thing.
        const img = fallback && fallback.querySelector("img");
        if (img && img.currentSrc) location.assign(img.currentSrc);
      },
    );
  }

  root.addEventListener("click", (event) => {
    const target = event.target as Element | null;
    const link = target && (target.closest("a[data-photo]") as HTMLAnchorElement | null);
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const index = tiles.indexOf(link);
    if (index < 0) return;
    event.preventDefault();
    open(index, link, false);
  });

  const warm = () => {
    loadLightbox().catch(() => undefined);
  };
  root.addEventListener("pointerover", warm, { once: true, passive: true });
  root.addEventListener("focusin", warm, { once: true });

  const wanted = new URLSearchParams(location.search).get("photo");
  if (wanted) {
    const index = tiles.findIndex((tile) => tile.getAttribute("data-photo") === wanted);
    if (index >= 0) open(index, tiles[index]!, true);
  }
}
