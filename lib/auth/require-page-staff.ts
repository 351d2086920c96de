import { redirect } from "next/navigation";
import { getStaff } from "./get-staff";
import type { StaffUser } from "./staff-user";

/** For admin pages: the signed-in staff member, or a redirect to the sign-in page. */
export async function requirePageStaff(): Promise<StaffUser> {
  const staff = await getStaff();
  if (!staff) redirect("/signin");
  return staff;
}
