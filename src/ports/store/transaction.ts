/**
 * Runs `work` in one transaction: all its writes land or none do. `S` is the store `work` is
 * handed: a use case names the ports it writes inside the transaction, nothing more.
 */
export interface Transactional<S> {
  withTransaction<T>(work: (store: S) => Promise<T>): Promise<T>;
}

/** The connection itself: a health probe and shutdown. */
export interface StoreLifecycle {
  ping(): Promise<void>;
  close(): Promise<void>;
}
