/** A `String` column's size when the schema names none: Prisma makes it VARCHAR(191) on MySQL/MariaDB. */
export const VARCHAR_DEFAULT = 191;

/**
 * `value` cut to at most `max` characters as MariaDB counts them in utf8mb4 (code points), never in the
 * middle of one: whatever reaches a column fits it, instead of failing with "Data too long".
 */
export function fitColumn(value: string, max: number = VARCHAR_DEFAULT): string {
  // A string has at least as many UTF-16 units as code points: short ones fit as they are.
  if (value.length <= max) return value;
  return Array.from(value).slice(0, max).join("");
}
