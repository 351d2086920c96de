import { Bell } from "lucide-react";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/admin/coming-soon";
import { requirePageStaff } from "@/lib/auth/require-page-staff";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requirePageStaff();
  return (
    <ComingSoon
      title="Notifications"
      icon={Bell}
      description="What happened while you were away."
      detail="Finished uploads, photos waiting for review and failed jobs will show up here, live, with an unread count."
    />
  );
}
