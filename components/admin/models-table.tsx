"use client";

import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { InitialsAvatar } from "./initials-avatar";
import { PublishedBadge } from "./published-badge";

export interface ModelRow {
  id: string;
  slug: string;
  displayName: string;
  published: boolean;
  memberCount: number;
  mediaCount: number;
  /** ISO time, for sorting. */
  updatedAt: string;
  /** Preformatted on the server, so server and browser render the same text. */
  updatedLabel: string;
}

const column = createColumnHelper<ModelRow>();

// Secondary columns step aside on phones instead of making the table scroll sideways.
const HIDE_ON_SMALL: Record<string, string> = {
  mediaCount: "hidden md:table-cell",
  memberCount: "hidden sm:table-cell",
  updatedAt: "hidden lg:table-cell",
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

const columns = [
  column.accessor("displayName", {
    header: "Model",
    cell: ({ row }) => (
      <div className="flex items-center gap-3">
        <InitialsAvatar name={row.original.displayName} colorKey={row.original.slug} />
        <div className="min-w-0">
          <Link
            href={`/admin/models/${row.original.slug}`}
            className="after:focus-visible:outline-brand-500 block truncate font-medium text-zinc-900 after:absolute after:inset-0 focus-visible:outline-none after:focus-visible:rounded-lg after:focus-visible:outline-2 after:focus-visible:-outline-offset-2"
          >
            {row.original.displayName}
          </Link>
          <span className="block truncate font-mono text-xs text-zinc-500">/{row.original.slug}</span>
        </div>
      </div>
    ),
  }),
  column.accessor("published", {
    header: "Status",
    cell: ({ getValue }) => <PublishedBadge published={getValue()} />,
  }),
  column.accessor("mediaCount", {
    header: "Photos",
    cell: ({ getValue }) => <span className="tabular-nums">{plural(getValue(), "photo", "photos")}</span>,
  }),
  column.accessor("memberCount", {
    header: "Team",
    cell: ({ getValue }) => (
      <span className="tabular-nums">
        {getValue() ? (
          plural(getValue(), "member", "members")
        ) : (
          <span className="text-zinc-500">Unassigned</span>
        )}
      </span>
    ),
  }),
  column.accessor("updatedAt", {
    header: "Updated",
    cell: ({ row }) => <span className="whitespace-nowrap text-zinc-500">{row.original.updatedLabel}</span>,
  }),
  column.display({
    id: "open",
    header: () => <span className="sr-only">Open</span>,
    cell: () => (
      <ChevronRight
        className="ml-auto size-4 text-zinc-300 transition-colors group-hover:text-zinc-500"
        aria-hidden
      />
    ),
  }),
];

/** The model list: sortable columns, each row opening the model. */
export function ModelsTable({ rows }: { rows: ModelRow[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // TanStack Table (the customer's choice) opts out of React Compiler memoization; the list is small.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <Table aria-label="Models" fit>
      <THead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const sortable = header.column.getCanSort() && header.column.id !== "open";
              return (
                <TH
                  key={header.id}
                  aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                  className={cn(header.column.id === "open" && "w-10", HIDE_ON_SMALL[header.column.id])}
                >
                  {sortable ? (
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-zinc-900"
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {sorted === "asc" ? (
                        <ArrowUp className="size-3.5" aria-hidden />
                      ) : sorted === "desc" ? (
                        <ArrowDown className="size-3.5" aria-hidden />
                      ) : (
                        <ArrowUpDown className="size-3.5 opacity-40" aria-hidden />
                      )}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </TH>
              );
            })}
          </tr>
        ))}
      </THead>
      <TBody>
        {table.getRowModel().rows.map((row) => (
          <TR key={row.id} className="group relative">
            {row.getVisibleCells().map((cell) => (
              <TD key={cell.id} className={HIDE_ON_SMALL[cell.column.id]}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
