import { RESERVED_SLUGS, SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/models/schemas";
import { RESERVED_SECTION_SLUGS } from "../sections/section-schemas";

const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

/**
 * Whether `/{model}[/{section}]` could be a public page at all: slugs the app could have created. Anything
 * else (`/favicon.ico`, `/wp-login.php`, `/signin/x`) is answered 404 without asking the database.
 */
export function isPublicPath(model: string, section?: string): boolean {
  if (!isSlug(model) || RESERVED_SLUGS.has(model)) return false;
  return section === undefined || (isSlug(section) && !RESERVED_SECTION_SLUGS.has(section));
}
