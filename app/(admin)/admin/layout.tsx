import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminShell } from "@/components/admin/admin-shell";
import { UserMenu } from "@/components/admin/user-menu";
import { getStaff } from "@/lib/auth/get-staff";
import { isManager } from "@/lib/auth/roles";
import { signOutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s · phoenix4ge Media" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The proxy already sent anonymous visitors away; this also catches disabled accounts.
  const staff = await getStaff();
  if (!staff) redirect("/signin");
  return (
    <AdminShell
      isManager={isManager(staff)}
      userMenu={<UserMenu user={staff} signOutAction={signOutAction} />}
    >
      {children}
    </AdminShell>
  );
}
