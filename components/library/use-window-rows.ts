"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { RowsHandle } from "./library-view-props";

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * Rows of a list that scrolls with the window, only those near the viewport rendered. The list's
 * distance from the top of the page is measured again whenever anything above it changes size.
 */
export function useWindowRows({
  containerRef,
  count,
  rowHeight,
  perRow,
  rowsRef,
  onNearEnd,
  overscan = 6,
}: {
  containerRef: RefObject<HTMLElement | null>;
  /** Rows (of `perRow` photos each). */
  count: number;
  rowHeight: number;
  perRow: number;
  /** Filled in for the keyboard: how many photos a row holds, and a way to scroll one into view. */
  rowsRef: RefObject<RowsHandle | null>;
  /** Called when the rows shown come within a few screens of the last loaded one. */
  onNearEnd: () => void;
  overscan?: number;
}) {
  const [scrollMargin, setScrollMargin] = useState(0);

  useIsomorphicLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const measure = () => {
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((current) => (current === top ? current : top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [containerRef]);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin,
    // The server renders the first screen (no window there): the photos show before any script runs.
    initialRect: { width: 1200, height: 1000 },
  });
  useEffect(() => {
    // Cards grew or shrank with the window: every row's height changed at once.
    virtualizer.measure();
  }, [virtualizer, rowHeight]);
  useEffect(() => {
    rowsRef.current = {
      columns: perRow,
      scrollToIndex: (index) => virtualizer.scrollToIndex(Math.floor(index / perRow)),
    };
  }, [rowsRef, perRow, virtualizer]);
  const lastRow = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  // Rows are a screen or so each in the grid, far less in the list: look about 1,500 px ahead.
  const ahead = Math.ceil(1500 / rowHeight);
  useEffect(() => {
    if (count > 0 && lastRow >= count - ahead) onNearEnd();
  }, [lastRow, count, ahead, onNearEnd]);
  return virtualizer;
}

/** The width of an element, kept current (for how many cards fit a row). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  const last = useRef(fallback);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry!.contentRect.width);
      if (next !== last.current) {
        last.current = next;
        setWidth(next);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
