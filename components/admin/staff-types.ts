import type { ActionResult } from "@/lib/actions/safe-action";

export type Role = "OWNER" | "ADMIN" | "EDITOR" | "VIEWER";

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  EDITOR: "Editor",
  VIEWER: "Viewer",
};

export const ROLE_HELP: Record<Role, string> = {
  OWNER: "Everything, including managing other owners.",
  ADMIN: "Every model, staff and settings.",
  EDITOR: "Edits the models they are assigned to.",
  VIEWER: "Reads the models they are assigned to.",
};

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  modelCount: number;
  lastSignInLabel: string | null;
}

/** The settings page's server actions, passed in as props. */
export interface StaffActions {
  create: (input: {
    email: string;
    name: string;
    role: Role;
    password: string;
  }) => Promise<ActionResult<{ id: string; name: string }>>;
  update: (input: {
    userId: string;
    changes: { role?: Role; disabled?: boolean; password?: string };
  }) => Promise<ActionResult<{ id: string; name: string; role: Role; disabled: boolean }>>;
}
