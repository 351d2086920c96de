import { cn } from "@/components/ui/cn";

/** The product's mark and name. */
export function BrandMark({ className, inverted = false }: { className?: string; inverted?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <span
        aria-hidden
        className="from-brand-500 to-brand-700 flex size-8 items-center justify-center rounded-lg bg-gradient-to-br shadow-sm ring-1 ring-black/5"
      >
        <svg
          viewBox="0 0 24 24"
          className="size-[18px] text-white"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
        >
          <path
            d="M12 3c1.8 3.2 5 4.9 5 9a5 5 0 0 1-10 0c0-1.9.8-3.2 2-4.3.2 1.7 1 2.8 2.2 3.3C10.7 8.6 11 5.7 12 3Z"
            strokeLinejoin="round"
          />
        </svg>
      </span>
      <span
        className={cn("text-[15px] font-semibold tracking-tight", inverted ? "text-white" : "text-zinc-900")}
      >
        phoenix4ge{" "}
        <span className={inverted ? "font-normal text-white/60" : "font-normal text-zinc-500"}>Media</span>
      </span>
    </span>
  );
}
