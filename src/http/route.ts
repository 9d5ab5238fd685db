import type { z } from 'zod';
import type { Actor } from '../domain/model.js';
import type { ErrorCode } from '../domain/errors.js';

/** One API route: its contract (zod, also the OpenAPI source) and a thin handler. */
export interface Route<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** Express-style path, e.g. /api/companies/:id */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status and body. */
  status?: number;
  /** When the success status depends on the outcome (201 created vs 200 already there). */
  statusOf?: (result: never) => number;
  /** Every success status statusOf may give, for the document. */
  statusesOf?: readonly number[];
  response: z.ZodType;
  /** Who may call it; 'public' routes need no identity. */
  access?: 'user' | 'admin' | 'public';
  /**
   * Codes the use case may answer beyond those every route of its kind may (openapi.ts derives
   * those: validation, body, identity, admin role, 404 for a path id). The document lists both.
   */
  errors?: readonly ErrorCode[];
  handle(input: { actor: Actor; params: z.output<P>; query: z.output<Q>; body: z.output<B> }): Promise<unknown>;
}

/** Keeps each route's handler typed by its own schemas while collecting them in one list. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: Route<P, Q, B>): Route {
  return spec as unknown as Route;
}
