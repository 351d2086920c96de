import { Lock } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown on a page the signed-in role may not open. */
export function NoAccess({ what = "this page" }: { what?: string }) {
  return (
    <EmptyState
      icon={Lock}
      title="You don't have access"
      description={`Your role does not allow you to open ${what}. Ask an owner or admin if you need it.`}
      action={
        <ButtonLink href="/admin/models" variant="secondary">
          Back to models
        </ButtonLink>
      }
    />
  );
}
