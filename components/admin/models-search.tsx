"use client";

import { LoaderCircle, Search } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { controlClasses } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";

/** Filters the list as you type (the URL keeps the query); works as a plain form without JavaScript. */
export function ModelsSearch({ defaultValue = "" }: { defaultValue?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(defaultValue);
  const [pending, startTransition] = useTransition();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const q = value.trim();
      startTransition(() =>
        router.replace(q ? `${pathname}?q=${encodeURIComponent(q)}` : pathname, { scroll: false }),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [value, pathname, router]);

  return (
    <form
      role="search"
      action={pathname}
      onSubmit={(event) => event.preventDefault()}
      className="relative w-full sm:max-w-xs"
    >
      <label htmlFor="model-search" className="sr-only">
        Search models
      </label>
      <Search
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
        aria-hidden
      />
      <input
        id="model-search"
        name="q"
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Search by name or slug"
        autoComplete="off"
        maxLength={100}
        className={cn(controlClasses, "h-9 py-1.5 pr-9 pl-9")}
      />
      {pending && (
        <LoaderCircle
          className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-zinc-400"
          aria-label="Searching"
        />
      )}
    </form>
  );
}
