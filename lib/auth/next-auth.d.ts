import type { Role } from "@/lib/generated/prisma/enums";

// The session token carries the role at sign-in for display only; every check reloads it from the database.
declare module "next-auth" {
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
  }
}
