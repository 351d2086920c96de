import { SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelsSearch } from "./models-search";

/** The search box over a list of models, how many it shows, and the list or a "no match" note. */
export function ModelsSearchResults({
  q,
  count,
  children,
}: {
  q: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ModelsSearch defaultValue={q} />
        <p className="text-sm text-zinc-500" aria-live="polite">
          {count === 1 ? "1 model" : `${count} models`}
          {q && " found"}
        </p>
      </div>
      {count === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No models match your search"
          description={`Nothing found for “${q}”. Try part of a name or a slug.`}
        />
      ) : (
        children
      )}
    </div>
  );
}
