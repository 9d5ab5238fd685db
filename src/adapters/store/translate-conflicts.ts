import { DomainError } from '../../domain/errors.js';

/** A unique violation is the caller's conflict, not a server fault. */
export async function translateConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') {
      throw new DomainError('CONFLICT', 'A record with the same unique key already exists.');
    }
    throw error;
  }
}
