import type { LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "./page-header";

/** A section of the dashboard whose feature has not landed yet. */
export function ComingSoon({
  title,
  description,
  icon,
  detail,
}: {
  title: string;
  description: string;
  icon: LucideIcon;
  detail: string;
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState
        icon={icon}
        title={
          <span className="inline-flex items-center gap-2">
            {title} is coming soon <Badge tone="brand">Soon</Badge>
          </span>
        }
        description={detail}
      />
    </>
  );
}
