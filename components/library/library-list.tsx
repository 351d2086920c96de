"use client";

import { flexRender, type Table } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { MediaSort } from "@/lib/media/library/media-query";
import { displayName, meta } from "./library-columns";
import type { LibraryItem, SortOrder } from "./workspace-types";
import type { LibraryViewProps } from "./library-view-props";
import { SelectBox } from "./select-box";
import { useWindowRows } from "./use-window-rows";

export const LIST_ROW_HEIGHT = 60;

/** The photos as a table with the columns the person chose, sortable by the API; only nearby rows exist. */
export function LibraryList({
  table,
  items,
  total,
  selection,
  focusIndex,
  onToggle,
  onOpen,
  onKeyDown,
  onNearEnd,
  rowsRef,
  sort,
  order,
  onSort,
}: LibraryViewProps & {
  table: Table<LibraryItem>;
  sort: MediaSort;
  order: SortOrder;
  onSort: (sort: MediaSort) => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowRows({
    containerRef,
    count: items.length,
    rowHeight: LIST_ROW_HEIGHT,
    perRow: 1,
    rowsRef,
    onNearEnd,
  });
  const rows = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const paddingTop = rows.length ? rows[0]!.start - margin : 0;
  const paddingBottom = rows.length ? virtualizer.getTotalSize() - (rows.at(-1)!.end - margin) : 0;
  const headers = table.getHeaderGroups()[0]!.headers;
  // The name column takes what the others leave, never less than 11rem: wider sets scroll sideways.
  const fixedRem = headers.reduce(
    (sum, header) => sum + (parseFloat(meta(header.column.columnDef).width) || 0),
    3,
  );
  const rowModel = table.getRowModel().rows;
  const selecting = selection.count > 0;

  return (
    <div
      ref={containerRef}
      onKeyDown={onKeyDown}
      className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-xs"
    >
      <table
        aria-label="Photos"
        aria-describedby="library-keys"
        aria-rowcount={total + 1}
        className="w-full table-fixed border-collapse text-left text-sm"
        style={{ minWidth: `${fixedRem + 11}rem` }}
      >
        <colgroup>
          <col style={{ width: "3rem" }} />
          {headers.map((header) => (
            <col key={header.id} style={{ width: meta(header.column.columnDef).width }} />
          ))}
        </colgroup>
        <thead className="border-b border-zinc-200 bg-zinc-50/70">
          <tr aria-rowindex={1}>
            <th scope="col" className="py-2.5 pl-4">
              <span className="sr-only">Selected</span>
            </th>
            {headers.map((header) => {
              const info = meta(header.column.columnDef);
              const active = info.sort === sort;
              const Icon = active ? (order === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}
                  className={cn(
                    "px-3 py-2.5 text-xs font-medium tracking-wide whitespace-nowrap text-zinc-600 uppercase",
                    info.align === "right" && "text-right",
                  )}
                >
                  {info.sort ? (
                    <button
                      type="button"
                      onClick={() => onSort(info.sort!)}
                      className={cn(
                        "inline-flex items-center gap-1 rounded uppercase hover:text-zinc-900",
                        active && "text-zinc-900",
                      )}
                    >
                      {info.label}
                      <Icon className={cn("size-3.5", !active && "text-zinc-400")} aria-hidden />
                    </button>
                  ) : (
                    <span className={info.hideLabel ? "sr-only" : undefined}>{info.label}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingTop, padding: 0 }} colSpan={headers.length + 1} />
            </tr>
          )}
          {rows.map((virtualRow) => {
            const row = rowModel[virtualRow.index];
            if (!row) return null;
            const item = row.original;
            const index = virtualRow.index;
            const selected = selection.isSelected(item.id);
            return (
              <tr
                key={row.id}
                data-media-id={item.id}
                data-index={index}
                aria-rowindex={index + 2}
                style={{ height: LIST_ROW_HEIGHT }}
                className={cn(
                  "cursor-pointer border-b border-zinc-100 select-none",
                  selected ? "bg-brand-50" : "hover:bg-zinc-50",
                )}
                onClick={(event) => {
                  if ((event.target as Element).closest("input,a,button")) return;
                  if (selecting || event.shiftKey) onToggle(index, event.shiftKey);
                  else onOpen(item);
                }}
              >
                <td className="py-2 pl-4">
                  <SelectBox
                    index={index}
                    label={displayName(item)}
                    selected={selected}
                    focusable={index === focusIndex}
                    onToggle={onToggle}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      "overflow-hidden px-3 py-2 text-zinc-700",
                      meta(cell.column.columnDef).align === "right" && "text-right tabular-nums",
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingBottom, padding: 0 }} colSpan={headers.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
