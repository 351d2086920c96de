"use client";

import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useEffect, useRef } from "react";

/** Drag with the pointer (after 4 px, so a click stays a click) or with the keyboard. */
export function useSortableSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

/**
 * After a move with the buttons the item's DOM node moves; focus follows it to the same button.
 * Call the returned function with the id of the button used (ending in `-${back}` or `-${forward}`)
 * before the move; once `list` changes, that button takes the focus again.
 */
export function useRefocusAfterMove(list: unknown, back: string, forward: string) {
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const button = document.getElementById(target) as HTMLButtonElement | null;
    // At either end the button just used is disabled: its neighbour takes the focus instead.
    const other = target.replace(new RegExp(`-(${back}|${forward})$`), (m) =>
      m === `-${back}` ? `-${forward}` : `-${back}`,
    );
    (button && !button.disabled ? button : document.getElementById(other))?.focus();
  }, [list, back, forward]);

  return (buttonId: string) => {
    refocus.current = buttonId;
  };
}

/** The ids in their new order after moving `id` by one place, or null when it is already at that end. */
export function movedBy(ids: string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (to < 0 || to >= ids.length) return null;
  return arrayMove(ids, from, to);
}

/** The ids in their new order after a drag, or null when it ended where it began or outside the list. */
export function draggedTo(ids: string[], { active, over }: DragEndEvent): string[] | null {
  if (!over || active.id === over.id) return null;
  return arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
}
