import { z } from "zod";
import { MEDIA_SORTS } from "./media-query";

/** The user preference key the library keeps its view under. */
export const LIBRARY_VIEW_KEY = "library.view";

/** The list's optional columns that stay hidden until someone turns them on. */
const HIDDEN_BY_DEFAULT = ["dimensions", "sections", "uploadedBy", "takenAt"];

/**
 * `library.view`: grid or list, visible columns, order. Each part falls back to its default on its own,
 * so a preference saved by an older version (or edited by hand) still opens the library.
 */
export const libraryViewSchema = z.object({
  mode: z.enum(["grid", "list"]).catch("grid"),
  columns: z
    .record(z.string().max(32), z.boolean())
    .catch({})
    .transform((saved) => ({ ...Object.fromEntries(HIDDEN_BY_DEFAULT.map((id) => [id, false])), ...saved })),
  sort: z.enum(MEDIA_SORTS).catch("createdAt"),
  order: z.enum(["asc", "desc"]).catch("desc"),
});

export type LibraryViewPreference = z.infer<typeof libraryViewSchema>;

/** The view from a stored preference value (anything, or nothing). */
export function parseLibraryView(value: unknown): LibraryViewPreference {
  return libraryViewSchema.parse(value && typeof value === "object" ? value : {});
}
