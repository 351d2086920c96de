"use client";

import type { Table } from "@tanstack/react-table";
import { Columns3 } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { meta } from "./library-columns";
import type { LibraryItem } from "./workspace-types";

/** Which columns the list shows: a small menu of checkboxes (the file name always stays). */
export function ColumnsMenu({ table }: { table: Table<LibraryItem> }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (
        event instanceof KeyboardEvent ? event.key === "Escape" : !ref.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div ref={ref} className="relative">
      <Button variant="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <Columns3 aria-hidden />
        <span className="max-sm:sr-only">Columns</span>
      </Button>
      {open && (
        <fieldset
          id={id}
          className="absolute right-0 z-30 mt-1.5 w-52 rounded-xl bg-white p-2 shadow-lg ring-1 ring-zinc-950/10"
        >
          <legend className="sr-only">Visible columns</legend>
          {table
            .getAllLeafColumns()
            .filter((column) => !meta(column.columnDef).fixed)
            .map((column) => (
              <label
                key={column.id}
                className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-sm text-zinc-800 hover:bg-zinc-50"
              >
                <input
                  type="checkbox"
                  className="accent-brand-600 size-4"
                  checked={column.getIsVisible()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {meta(column.columnDef).label}
              </label>
            ))}
        </fieldset>
      )}
    </div>
  );
}
