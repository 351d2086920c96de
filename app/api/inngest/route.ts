import { inngestHandler } from "@/inngest/serve";

// Inngest Cloud, a self-hosted Inngest server or `inngest dev` call this; the embedded executor calls
// the same handler in-process. In embedded mode requests must be signed with a key only this process has.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";
export const maxDuration = 300;

export const { GET, POST, PUT } = inngestHandler;
