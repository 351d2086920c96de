"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TH, THead } from "@/components/ui/table";
import { AddStaffDialog } from "./add-staff-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { StaffTableRow } from "./staff-table-row";
import type { Role, StaffActions, StaffRow } from "./staff-types";

export type { StaffRow };

/** Staff accounts: add one with a role and an initial password, change roles, disable, reset passwords. */
export function StaffManager({
  rows,
  currentUserId,
  currentRole,
  actions,
}: {
  rows: StaffRow[];
  currentUserId: string;
  currentRole: Role;
  actions: StaffActions;
}) {
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<StaffRow | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const grantable: Role[] =
    currentRole === "OWNER" ? ["OWNER", "ADMIN", "EDITOR", "VIEWER"] : ["ADMIN", "EDITOR", "VIEWER"];
  const canManage = (row: StaffRow) =>
    row.id !== currentUserId && (currentRole === "OWNER" || row.role !== "OWNER");

  function update(row: StaffRow, changes: { role?: Role; disabled?: boolean }, success: string) {
    setBusy(row.id);
    startTransition(async () => {
      const result = await actions.update({ userId: row.id, changes });
      setBusy(null);
      if (!result.ok) return void toast.error(result.error.message);
      toast.success(success);
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader
        title="Staff"
        description="Who can sign in to the dashboard, and what they can do."
        action={
          <Button onClick={() => setAdding(true)}>
            <UserPlus aria-hidden /> Add staff member
          </Button>
        }
      />
      <div className="p-4 sm:p-6">
        <Table aria-label="Staff">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Role</TH>
              <TH>Models</TH>
              <TH>Last sign-in</TH>
              <TH className="text-right">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <StaffTableRow
                key={row.id}
                row={row}
                isYou={row.id === currentUserId}
                manageable={canManage(row)}
                busy={busy === row.id}
                grantable={grantable}
                onChange={(changes, success) => update(row, changes, success)}
                onResetPassword={() => setResetting(row)}
              />
            ))}
          </TBody>
        </Table>
      </div>

      <AddStaffDialog
        open={adding}
        onClose={() => setAdding(false)}
        grantable={grantable}
        create={actions.create}
      />
      <ResetPasswordDialog row={resetting} onClose={() => setResetting(null)} update={actions.update} />
    </Card>
  );
}
