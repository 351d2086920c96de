"use client";

import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { TD, TR } from "@/components/ui/table";
import { InitialsAvatar } from "./initials-avatar";
import { ROLE_LABELS, type Role, type StaffRow } from "./staff-types";

/**
 * One staff member: who, their role (a select when the current user may change it), how many
 * models, the last sign-in, and the password and disable buttons.
 */
export function StaffTableRow({
  row,
  isYou,
  manageable,
  busy,
  grantable,
  onChange,
  onResetPassword,
}: {
  row: StaffRow;
  isYou: boolean;
  manageable: boolean;
  busy: boolean;
  grantable: Role[];
  onChange: (changes: { role?: Role; disabled?: boolean }, success: string) => void;
  onResetPassword: () => void;
}) {
  const manager = row.role === "OWNER" || row.role === "ADMIN";
  return (
    <TR className={row.disabled ? "bg-zinc-50/60" : undefined}>
      <TD>
        <div className="flex items-center gap-3">
          <InitialsAvatar name={row.name} colorKey={row.email} size="sm" />
          <div className="min-w-0">
            <p className="flex items-center gap-2 truncate font-medium text-zinc-900">
              {row.name}
              {isYou && <Badge tone="brand">You</Badge>}
              {row.disabled && <Badge tone="red">Disabled</Badge>}
            </p>
            <p className="truncate text-xs text-zinc-500">{row.email}</p>
          </div>
        </div>
      </TD>
      <TD>
        {manageable ? (
          <>
            <label htmlFor={`role-${row.id}`} className="sr-only">
              Role of {row.name}
            </label>
            <Select
              id={`role-${row.id}`}
              value={row.role}
              disabled={busy}
              onChange={(e) => {
                const role = e.target.value as Role;
                onChange({ role }, `${row.name} is now ${ROLE_LABELS[role].toLowerCase()}`);
              }}
              compact
              className="w-32"
            >
              {grantable.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </Select>
          </>
        ) : (
          <Badge tone={manager ? "brand" : "neutral"}>{ROLE_LABELS[row.role]}</Badge>
        )}
      </TD>
      <TD className="tabular-nums">
        {manager ? <span className="text-zinc-500">All</span> : row.modelCount}
      </TD>
      <TD className="whitespace-nowrap text-zinc-500">
        {row.lastSignInLabel ?? <span className="text-zinc-500">Never</span>}
      </TD>
      <TD>
        {manageable && (
          <div className="flex justify-end gap-1">
            <Button
              variant="ghost"
              size="sm"
              onClick={onResetPassword}
              aria-label={`Set a new password for ${row.name}`}
            >
              <KeyRound aria-hidden /> Password
            </Button>
            <Button
              variant="ghost"
              size="sm"
              pending={busy}
              onClick={() =>
                onChange(
                  { disabled: !row.disabled },
                  row.disabled ? `${row.name} can sign in again` : `${row.name} is disabled`,
                )
              }
              className={row.disabled ? undefined : "text-red-600 hover:bg-red-50 hover:text-red-700"}
            >
              {row.disabled ? "Enable" : "Disable"}
            </Button>
          </div>
        )}
      </TD>
    </TR>
  );
}
