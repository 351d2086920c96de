import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function AdminNotFound() {
  return (
    <EmptyState
      icon={SearchX}
      title="Not found"
      description="This page does not exist, or it belongs to a model you are not assigned to."
      action={
        <ButtonLink href="/admin/models" variant="secondary">
          Back to models
        </ButtonLink>
      }
      className="mt-10"
    />
  );
}
