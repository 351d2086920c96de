import type { KeyboardEvent, RefObject } from "react";
import type { LibraryItem } from "./workspace-types";
import type { LibrarySelection } from "./use-library-selection";

/** How the workspace moves keyboard focus inside whichever view is shown. */
export interface RowsHandle {
  /** Photos per row (1 in the list). */
  columns: number;
  scrollToIndex: (index: number) => void;
}

/** What the grid and the list both receive. */
export interface LibraryViewProps {
  items: LibraryItem[];
  total: number;
  selection: LibrarySelection;
  /** The photo whose checkbox is in the tab order. */
  focusIndex: number;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (item: LibraryItem) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** The last rendered rows are near the end of what is loaded: time for the next page. */
  onNearEnd: () => void;
  rowsRef: RefObject<RowsHandle | null>;
  /** The address of a photo's details (for a new tab; a plain click opens them in place). */
  itemHref: (id: string) => string;
}
