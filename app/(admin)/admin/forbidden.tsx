import { NoAccess } from "@/components/admin/no-access";

/** What `forbidden()` shows inside the dashboard, answered with 403: a page the signed-in role may not open. */
export default function AdminForbidden() {
  return <NoAccess />;
}
