import { cn } from "@/components/ui/cn";

const PALETTE = [
  "bg-rose-100 text-rose-700",
  "bg-amber-100 text-amber-800",
  "bg-emerald-100 text-emerald-700",
  "bg-sky-100 text-sky-700",
  "bg-violet-100 text-violet-700",
  "bg-fuchsia-100 text-fuchsia-700",
  "bg-teal-100 text-teal-700",
  "bg-orange-100 text-orange-800",
];

function hash(text: string) {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(h);
}

export function initialsOf(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    (parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : (parts[0]?.[1] ?? ""));
  return letters.toUpperCase() || "?";
}

/** A round badge with a person's initials, its colour stable for the same key. */
export function InitialsAvatar({
  name,
  colorKey,
  size = "md",
}: {
  name: string;
  colorKey?: string;
  size?: "sm" | "md";
}) {
  return (
    <span
      aria-hidden
      className={cn(
        "flex shrink-0 items-center justify-center rounded-full font-semibold",
        size === "sm" ? "size-8 text-[11px]" : "size-9 text-xs",
        PALETTE[hash(colorKey ?? name) % PALETTE.length],
      )}
    >
      {initialsOf(name)}
    </span>
  );
}
