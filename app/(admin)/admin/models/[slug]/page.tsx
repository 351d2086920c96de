import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { ModelForm } from "@/components/admin/model-form";
import { ModelMembersForm, type MemberCandidate } from "@/components/admin/model-members-form";
import { PageHeader } from "@/components/admin/page-header";
import { PublishedBadge } from "@/components/admin/published-badge";
import { ModelTabs } from "@/components/media/model-tabs";
import { ModerationPolicyForm } from "@/components/moderation/moderation-policy-form";
import { Card, CardHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { hasRole, isManager, WRITER_ROLES } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/staff-user";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "@/lib/models/get-model-or-throw";
import { getModelStats } from "@/lib/models/get-model-stats";
import { listModelMembers } from "@/lib/models/list-model-members";
import { isProviderName, providerChoices } from "@/lib/moderation/providers";
import { listAssignableStaff } from "@/lib/users/list-staff-users";
import { setModelMembersAction, updateModelAction } from "../actions";
import { updateModerationPolicyAction } from "../../moderation/actions";

type Params = Promise<{ slug: string }>;

async function loadModel(staff: StaffUser, slug: string) {
  try {
    return await getModelOrThrow(staff, slug);
  } catch (error) {
    // Another model's page looks exactly like a page that does not exist.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ModelPage({ params }: { params: Params }) {
  const staff = await requirePageStaff();
  const model = await loadModel(staff, (await params).slug);
  const manager = isManager(staff);
  const [stats, [members, candidates]] = await Promise.all([
    getModelStats(staff, model.id),
    manager
      ? Promise.all([listModelMembers(staff, model.slug), listAssignableStaff(staff)])
      : Promise.resolve([[], []] as [{ id: string }[], MemberCandidate[]]),
  ]);
  const now = new Date();
  const details: [string, React.ReactNode][] = [
    ["Photos", stats.photos.toLocaleString("en")],
    ["Gallery sections", stats.sections.toLocaleString("en")],
    [
      "Team",
      stats.members ? `${stats.members} ${stats.members === 1 ? "person" : "people"}` : "Nobody assigned",
    ],
    [
      "Created",
      <time key="c" dateTime={stats.createdAt.toISOString()} title={formatTimestamp(stats.createdAt)}>
        {formatRelative(stats.createdAt, now)}
      </time>,
    ],
    [
      "Last changed",
      <time key="u" dateTime={model.updatedAt.toISOString()} title={formatTimestamp(model.updatedAt)}>
        {formatRelative(model.updatedAt, now)}
      </time>,
    ],
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/admin/models", label: "Models" }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {model.displayName}
            <PublishedBadge published={model.published} />
          </span>
        }
        description={<span className="font-mono">/{model.slug}</span>}
        actions={
          model.published && (
            <ButtonLink href={`/${model.slug}`} variant="secondary" target="_blank">
              View public page <ExternalLink aria-hidden />
            </ButtonLink>
          )
        }
      />
      <ModelTabs slug={model.slug} current="profile" />
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="space-y-8">
          <ModelForm
            key={model.updatedAt.toISOString()}
            mode="edit"
            initial={{
              slug: model.slug,
              displayName: model.displayName,
              bio: model.bio,
              published: model.published,
            }}
            canEditSlug={manager}
            readOnly={!hasRole(staff, ...WRITER_ROLES)}
            action={updateModelAction}
          />
          {manager && (
            <ModelMembersForm
              slug={model.slug}
              candidates={candidates}
              assigned={members.map((m) => m.id)}
              action={setModelMembersAction}
            />
          )}
          {manager && (
            <ModerationPolicyForm
              key={`policy-${model.updatedAt.toISOString()}`}
              slug={model.slug}
              initial={{
                moderationProvider: isProviderName(model.moderationProvider)
                  ? model.moderationProvider
                  : null,
                policyApproveBelow: model.policyApproveBelow,
                policyRejectAbove: model.policyRejectAbove,
              }}
              defaultProvider={config().MODERATION_PROVIDER}
              providers={providerChoices()}
              action={updateModerationPolicyAction}
            />
          )}
        </div>
        <Card className="lg:sticky lg:top-10">
          <CardHeader title="Details" className="py-4" />
          <dl className="divide-y divide-zinc-100 text-sm">
            {details.map(([term, value]) => (
              <div key={term} className="flex items-baseline justify-between gap-4 px-6 py-3">
                <dt className="text-zinc-500">{term}</dt>
                <dd className="text-right font-medium text-zinc-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
