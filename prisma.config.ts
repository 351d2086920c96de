import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. `prisma generate` does not connect.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/phoenix4ge" },
});
