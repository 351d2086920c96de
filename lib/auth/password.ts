import { hash, verify } from "@node-rs/argon2";

// The library's defaults are argon2id with m=19 MiB, t=2, p=1: OWASP's recommended minimum.

/** Hashes a password with argon2id; the PHC string carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so a missing account costs the same time as a wrong password.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$ofZzIy9DRKVuMv+w9j65Ng$YjwenmPf5CdGYZkYqExdv8bSPVbycXnp4ribQc3fEZk";

/** True when `password` matches `passwordHash`; a null hash still spends the time of one verification. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}
