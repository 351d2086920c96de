import type { SectionItemRow } from "./list-section-items";

/** One placed photo as the JSON API returns it; `position` counts from 0 among all placed photos. */
export function sectionItemJson(row: SectionItemRow, position: number) {
  return {
    id: row.photo.id,
    position,
    filename: row.filename,
    width: row.photo.width,
    height: row.photo.height,
    dominantColor: row.photo.dominantColor,
    placeholder: row.photo.placeholder,
    thumbUrl: row.photo.thumb?.url ?? null,
    /** False while the public does not see it (lost approval, deleted); it keeps its place. */
    visible: row.hiddenReason === null,
    hiddenReason: row.hiddenReason,
  };
}
