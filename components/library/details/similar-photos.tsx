"use client";

import { useId } from "react";
import { ItemLink } from "@/components/media/item-link";
import { MediaPicture } from "@/components/media/media-picture";
import { fetchSimilar } from "../library-api";
import { useFetched } from "../use-fetched";

/** Thumbnails of the photos whose perceptual hash is close to this one's, each opening its details. */
export function SimilarPhotos({
  slug,
  mediaId,
  itemHref,
}: {
  slug: string;
  mediaId: string;
  itemHref: (id: string) => string;
}) {
  const headingId = useId();
  const similar = useFetched(`${slug}/${mediaId}`, (signal) => fetchSimilar(slug, mediaId, signal));

  return (
    <section aria-labelledby={headingId} aria-busy={!similar}>
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        Similar photos
      </h3>
      {!similar ? (
        <div className="mt-2 h-16 rounded-lg bg-zinc-100 motion-safe:animate-pulse">
          <span className="sr-only">Loading similar photos</span>
        </div>
      ) : similar.error !== null ? (
        <p className="mt-2 text-sm text-zinc-500">The similar photos could not be loaded. {similar.error}</p>
      ) : similar.data.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">No near-duplicates of this photo.</p>
      ) : (
        <ul className="mt-2 grid grid-cols-4 gap-2">
          {similar.data.map((item) => (
            <li key={item.id}>
              <ItemLink
                href={itemHref(item.id)}
                title={`${item.filename} (distance ${item.distance})`}
                className="focus-visible:outline-brand-500 block overflow-hidden rounded-md ring-1 ring-zinc-950/5 focus-visible:outline-2 focus-visible:outline-offset-2"
              >
                <MediaPicture item={item} className="aspect-square w-full" sizes="80px" alt={item.filename} />
              </ItemLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
