"use client";

import { useRef } from "react";
import { CARD_CAPTION_HEIGHT, LibraryCard } from "./library-card";
import type { LibraryViewProps } from "./library-view-props";
import { useElementWidth, useWindowRows } from "./use-window-rows";

const GAP = 12;

/** How many cards fit a row of `width` pixels: at least two, none narrower than on a phone. */
export function columnsFor(width: number): number {
  const min = width < 640 ? 140 : 180;
  return Math.max(2, Math.min(8, Math.floor((width + GAP) / (min + GAP))));
}

/**
 * The photos as square cards, in rows of as many as fit. Only the rows near the viewport exist; each
 * card is placed absolutely, so the list stays a plain `ul > li` for assistive technology.
 */
export function LibraryGrid({
  items,
  total,
  selection,
  focusIndex,
  onToggle,
  onOpen,
  onKeyDown,
  onNearEnd,
  rowsRef,
  itemHref,
}: LibraryViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 1100);
  const columns = columnsFor(width);
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const rowHeight = Math.round(cardWidth + CARD_CAPTION_HEIGHT + GAP);
  const rowCount = Math.ceil(items.length / columns);
  const virtualizer = useWindowRows({
    containerRef,
    count: rowCount,
    rowHeight,
    perRow: columns,
    rowsRef,
    onNearEnd,
  });
  const rows = virtualizer.getVirtualItems();
  const selecting = selection.count > 0;
  const sizes = `${Math.ceil(cardWidth)}px`;
  const margin = virtualizer.options.scrollMargin;

  return (
    <div ref={containerRef} onKeyDown={onKeyDown}>
      <ul
        aria-label="Photos"
        aria-describedby="library-keys"
        className="relative w-full"
        style={{ height: Math.max(0, virtualizer.getTotalSize() - GAP) }}
      >
        {rows.flatMap((row) =>
          items.slice(row.index * columns, row.index * columns + columns).map((item, column) => {
            const index = row.index * columns + column;
            return (
              <li
                key={item.id}
                aria-label={item.filename}
                aria-setsize={total}
                aria-posinset={index + 1}
                data-status={item.status}
                className="absolute top-0 left-0"
                style={{
                  width: cardWidth,
                  height: rowHeight - GAP,
                  transform: `translate(${column * (cardWidth + GAP)}px, ${row.start - margin}px)`,
                }}
              >
                <LibraryCard
                  item={item}
                  index={index}
                  selected={selection.isSelected(item.id)}
                  focusable={index === focusIndex}
                  selecting={selecting}
                  onToggle={onToggle}
                  onOpen={onOpen}
                  sizes={sizes}
                  href={itemHref(item.id)}
                />
              </li>
            );
          }),
        )}
      </ul>
    </div>
  );
}
