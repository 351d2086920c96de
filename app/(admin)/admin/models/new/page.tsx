import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ModelForm } from "@/components/admin/model-form";
import { PageHeader } from "@/components/admin/page-header";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";
import { createModelAction } from "../actions";

export const metadata: Metadata = { title: "New model" };

export default async function NewModelPage() {
  const staff = await requirePageStaff();
  if (!isManager(staff)) forbidden();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="New model"
        description="Start with a name and the address of their public page. You can fill in the rest later."
        crumbs={[{ href: "/admin/models", label: "Models" }]}
      />
      <ModelForm mode="create" action={createModelAction} />
    </div>
  );
}
