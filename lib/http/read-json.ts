import { AppError } from "@/lib/errors";

/** The request body as JSON, or a 422 saying it must be JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
}
