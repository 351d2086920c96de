import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";

/** What screen readers hear about a drag handle, in the words of this page. */
export function dragInstructions(thing: string): ScreenReaderInstructions {
  return {
    draggable: `To move this ${thing}, press Space or Enter to pick it up, use the arrow keys to move it, then press Space or Enter to drop it, or Escape to cancel. The Move buttons do the same in one step.`,
  };
}

/** Live-region messages that name the thing being moved and its position, not its id. */
export function positionAnnouncements(
  ids: readonly UniqueIdentifier[],
  label: (id: UniqueIdentifier) => string,
): Announcements {
  const position = (id: UniqueIdentifier) => `position ${ids.indexOf(id) + 1} of ${ids.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${label(active.id)} at ${position(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${label(active.id)} is over ${position(over.id)}.` : `${label(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${label(active.id)} dropped at ${position(over.id)}.` : `${label(active.id)} dropped.`,
    onDragCancel: ({ active }) =>
      `Moving ${label(active.id)} was cancelled; it is back at ${position(active.id)}.`,
  };
}
