import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { formatRelative, formatTimestamp } from "@/components/admin/format-time";
import { PageHeader } from "@/components/admin/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requirePageStaff } from "@/lib/auth/require-page-staff";
import { isManager } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Audit log" };

function toneOf(action: string): BadgeTone {
  if (/delete|reject|disable/.test(action)) return "red";
  if (/create|approve/.test(action)) return "green";
  return "blue";
}

function parse(json: string | null): Record<string, unknown> {
  try {
    return json ? (JSON.parse(json) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const FIELD_LABELS: Record<string, string> = { userIds: "team", displayName: "name" };

/** Which fields changed between the before and after JSON, for a one-line summary. */
function changedFields(before: string | null, after: string | null): string[] {
  const a = parse(before);
  const b = parse(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => FIELD_LABELS[k] ?? k);
}

export default async function AuditPage() {
  const staff = await requirePageStaff();
  if (!isManager(staff)) forbidden();
  const entries = await listAuditEntries(staff, { take: 200 });
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in the dashboard: who, what, when, and from where. Newest first."
      />
      {entries.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title="Nothing recorded yet"
          description="Changes to models, staff and photos will be listed here."
        />
      ) : (
        <Table aria-label="Audit entries">
          <THead>
            <tr>
              <TH>When</TH>
              <TH>Who</TH>
              <TH>Action</TH>
              <TH>Subject</TH>
              <TH>Changed</TH>
            </tr>
          </THead>
          <TBody>
            {entries.map((entry) => {
              const changed = entry.before ? changedFields(entry.before, entry.after) : [];
              const subject = { ...parse(entry.before), ...parse(entry.after) };
              return (
                <TR key={entry.id}>
                  <TD className="whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()} title={formatTimestamp(entry.createdAt)}>
                      {formatRelative(entry.createdAt, now)}
                    </time>
                  </TD>
                  <TD>
                    {entry.actor ? (
                      <>
                        <span className="block font-medium text-zinc-900">{entry.actor.name}</span>
                        <span className="block text-xs text-zinc-500">
                          {entry.actor.email}
                          {entry.ip && <span className="text-zinc-500"> · {entry.ip}</span>}
                        </span>
                      </>
                    ) : (
                      <span className="text-zinc-500">System</span>
                    )}
                  </TD>
                  <TD>
                    <Badge tone={toneOf(entry.action)} className="font-mono">
                      {entry.action}
                    </Badge>
                  </TD>
                  <TD>
                    {entry.model ? (
                      <Link
                        href={`/admin/models/${entry.model.slug}`}
                        className="font-medium text-zinc-900 hover:underline"
                      >
                        {entry.model.displayName}
                      </Link>
                    ) : entry.entityType === "User" ? (
                      <>
                        <span className="block text-zinc-900">
                          {String(subject.email ?? "Staff account")}
                        </span>
                        <span className="block text-xs text-zinc-500">Staff account</span>
                      </>
                    ) : (
                      <span className="font-mono text-xs text-zinc-600">
                        {entry.entityType} {entry.entityId.slice(-8)}
                      </span>
                    )}
                  </TD>
                  <TD className="text-zinc-500">{changed.length ? changed.join(", ") : "—"}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </>
  );
}
