import { Badge, Dot } from "@/components/ui/badge";

/** Whether visitors can see a model or section: "Published" in green, or "Draft". */
export function PublishedBadge({ published }: { published: boolean }) {
  return published ? (
    <Badge tone="green">
      <Dot /> Published
    </Badge>
  ) : (
    <Badge>
      <Dot className="text-zinc-500" /> Draft
    </Badge>
  );
}
