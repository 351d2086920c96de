import type { MediaPage } from "./list-media";
import { toMediaDto, type MediaDto } from "./to-media-dto";

/** A list page as the API answers it (staff only, so with metadata). */
export function mediaPageJson(page: MediaPage): {
  items: MediaDto[];
  nextCursor: string | null;
  total: number;
} {
  return {
    items: page.items.map((item) => toMediaDto(item, { staff: true })),
    nextCursor: page.nextCursor,
    total: page.total,
  };
}
