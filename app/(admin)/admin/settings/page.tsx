import type { Metadata } from "next";
import { formatRelative } from "@/components/admin/format-time";
import { InitialsAvatar } from "@/components/admin/initials-avatar";
import { PageHeader } from "@/components/admin/page-header";
import { StaffManager, type StaffRow } from "@/components/admin/staff-manager";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager, ROLE_LABELS } from "@/lib/auth/roles";
import { listStaffUsers } from "@/lib/users/list-staff-users";
import { createStaffUserAction, updateStaffUserAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const staff = await requirePageStaff();
  const manager = isManager(staff);
  const now = new Date();
  const rows: StaffRow[] = manager
    ? (await listStaffUsers(staff)).map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        disabled: u.disabled,
        modelCount: u.modelCount,
        lastSignInLabel: u.lastSignInAt ? formatRelative(u.lastSignInAt, now) : null,
      }))
    : [];

  return (
    <>
      <PageHeader
        title="Settings"
        description={manager ? "Your account and the people who work in the dashboard." : "Your account."}
      />
      <div className="space-y-8">
        <Card>
          <CardHeader title="Your account" />
          <CardBody className="flex flex-wrap items-center gap-4">
            <InitialsAvatar name={staff.name} colorKey={staff.email} />
            <div className="min-w-0 flex-1">
              <p className="font-medium text-zinc-900">{staff.name}</p>
              <p className="text-sm text-zinc-500">{staff.email}</p>
            </div>
            <Badge tone={manager ? "brand" : "neutral"}>{ROLE_LABELS[staff.role]}</Badge>
          </CardBody>
        </Card>
        {manager && (
          <StaffManager
            rows={rows}
            currentUserId={staff.id}
            currentRole={staff.role}
            actions={{ create: createStaffUserAction, update: updateStaffUserAction }}
          />
        )}
      </div>
    </>
  );
}
