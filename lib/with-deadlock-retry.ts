const DEADLOCK = "P2034";

/** Runs a transaction again when InnoDB chose it as a deadlock victim (it was rolled back whole). */
export async function withDeadlockRetry<T>(transaction: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}
