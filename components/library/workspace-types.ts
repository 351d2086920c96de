import type { MediaJson } from "@/components/media/media-types";
import type { LibraryViewPreference } from "@/lib/media/library/library-view";

/**
 * One photo as the library lists it: the Media JSON with the fields issue 10 added. Optional here so
 * the library copes with an older server; the list API always sends them.
 */
export type LibraryItem = MediaJson &
  Partial<{
    title: string;
    altText: string;
    caption: string;
    tags: string[];
    categories: { id: string; slug: string; name: string; color: string }[];
    sections: { id: string; slug: string; title: string }[];
    viewCount: number;
    takenAt: string | null;
    uploadedBy: { id: string; name: string } | null;
    deletedAt: string | null;
  }>;

export type LibraryMode = LibraryViewPreference["mode"];
export type SortOrder = LibraryViewPreference["order"];

/** The `library.view` preference: how this person last left the library. */
export type LibraryView = LibraryViewPreference;

/** One page of `GET …/media`. */
export interface LibraryPage {
  items: LibraryItem[];
  nextCursor: string | null;
  total: number;
}

/** Where the library reads from: one model, or every model the person may see. */
export type LibraryScope =
  | { kind: "model"; slug: string; name: string }
  | { kind: "all"; models: { slug: string; displayName: string }[] };

/** What the person may do, decided on the server from their role. */
export interface LibraryAbilities {
  /** Editors, admins, owners: organise, trash, restore, re-process. */
  canWrite: boolean;
  /** Owners and admins: approve, reject, delete forever. */
  canManage: boolean;
}

export interface NamedOption {
  id: string;
  name: string;
  color?: string;
}
