import { z } from 'zod';
import type { Route } from './route.js';
import type { ErrorCode } from '../domain/errors.js';
import { STATUS_OF } from './error-status.js';
import { SERVER_LIMITS } from './http-server.js';
import { ErrorSchema } from './schemas/common.js';
import { NotificationCollectionSchema } from './schemas/tagging.js';
import { StarAcceptedSchema, WsbMessageBody } from './schemas/star.js';
import { ActivitySchema } from '../../bot/activity-schema.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  nullInNullableEnums(z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }));

/**
 * OpenAPI 3.0.3: `nullable` does not widen an `enum`; a nullable enum must list null itself, or a
 * validator refuses the null the API sends (zod leaves it out).
 */
function nullInNullableEnums<T>(value: T): T {
  if (Array.isArray(value)) return value.map(nullInNullableEnums) as T;
  if (!value || typeof value !== 'object') return value;
  const out = Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, nullInNullableEnums(inner)]),
  ) as Record<string, unknown>;
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out as T;
}

/**
 * Any request, whatever its path, that is not received within the server's limits (http-server.ts) is
 * answered 408 by Node itself, before any route runs: no body, and the connection is closed.
 */
const TIMED_OUT = {
  description:
    `Request not received in time (headers within ${SERVER_LIMITS.headersTimeoutMs / 1000} s, ` +
    `the whole request within ${SERVER_LIMITS.requestTimeoutMs / 1000} s); no body, the connection is closed`,
};

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

/**
 * Codes every /api request may get, whatever its route: the body parser runs for all of them (a
 * JSON body on a GET is parsed too), validation, and the last resort.
 */
const EVERY_REQUEST: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
];
/** A signed-in route: the identity may be refused, and in production the identity provider may be unreachable. */
const SIGNED_IN: readonly ErrorCode[] = ['UNAUTHENTICATED', 'UNAVAILABLE'];

const MEANING: Record<number, string> = {
  400: 'Invalid request',
  401: 'No valid identity',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicts with what is stored',
  413: 'Body too large',
  415: 'Body not sent as UTF-8 application/json',
  422: 'Refused by a rule (e.g. a never-log list)',
  500: 'Unexpected failure (logged)',
  502: 'An upstream service answered unexpectedly',
  503: 'A service Kontaktspor depends on is unavailable or throttling; try again later',
};

/** The error responses for these codes, one per status, each naming its codes. */
export function errorResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of codes) {
    const status = STATUS_OF[code];
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const sorted = [...byStatus].sort(([a], [b]) => a - b);
  return Object.fromEntries(
    sorted.map(([status, set]) => [
      String(status),
      { description: `${MEANING[status] ?? 'Error'}: ${[...set].sort().join(', ')}`, content: json(ERROR_REF) },
    ]),
  );
}

/** Every code a route may answer: those of its kind, derived here so they cannot drift, and its use case's own. */
export function routeErrorCodes(route: Route): ErrorCode[] {
  return [
    ...EVERY_REQUEST,
    ...(route.access !== 'public' ? SIGNED_IN : []),
    ...(route.access === 'admin' ? (['FORBIDDEN'] as const) : []),
    ...(route.params ? (['NOT_FOUND'] as const) : []),
    ...(route.errors ?? []),
  ];
}

/** OpenAPI 3.0 description generated from the same zod schemas that validate the requests. */
export function buildOpenApi(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {
    '/healthz': {
      get: {
        summary: 'Liveness',
        tags: ['Health'],
        security: [],
        responses: {
          '200': {
            description: 'The process is up',
            content: json(toSchema(z.object({ status: z.literal('ok') }), 'output')),
          },
        },
      },
    },
    '/readyz': {
      get: {
        summary: 'Readiness: the database answers',
        tags: ['Health'],
        security: [],
        responses: {
          '200': { description: 'Ready', content: json(toSchema(z.object({ status: z.literal('ready') }), 'output')) },
          ...errorResponses(['UNAVAILABLE']),
        },
      },
    },
    '/api/messages': {
      post: {
        summary: 'Bot Framework endpoint: Teams activities for the bot (authenticated with Bot Framework tokens)',
        tags: ['Teams'],
        security: [],
        requestBody: { required: true, content: { 'application/json': { schema: toSchema(ActivitySchema, 'input') } } },
        responses: {
          '200': { description: 'Activity processed; an invoke gets its answer as JSON', content: json({}) },
          // 400: not a Bot Framework activity; 401: no valid Bot Framework token; 503: no bot configured.
          ...errorResponses([...EVERY_REQUEST, 'UNAUTHENTICATED', 'UNAVAILABLE']),
        },
      },
    },
    '/api/graph/notifications': {
      post: {
        summary:
          'Microsoft Graph change notifications for watched mailboxes (no bearer token: checked by subscription id and clientState). ' +
          'With ?validationToken= the token is echoed as text/plain (the subscription handshake).',
        tags: ['Outlook category'],
        security: [],
        parameters: [
          { name: 'validationToken', in: 'query', required: false, schema: { type: 'string', maxLength: 2048 } },
        ],
        requestBody: { required: false, content: json(toSchema(NotificationCollectionSchema, 'input')) },
        responses: {
          '200': {
            description: 'Handshake: the validation token',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
          '202': { description: 'Accepted: queued for the worker' },
          // 503: mailbox watching is not configured.
          ...errorResponses([...EVERY_REQUEST, 'UNAVAILABLE']),
        },
      },
    },
    '/api/star/messages': {
      post: {
        summary:
          "STAR's DFDG: a WSB message of type Jobordre (over mutual TLS: only STAR's client certificate, " +
          'checked before the body is read). Stored before the answer; the jobordre is read afterwards.',
        tags: ['STAR'],
        security: [],
        requestBody: { required: true, content: json(toSchema(WsbMessageBody, 'input')) },
        responses: {
          '202': {
            description: 'Accepted and stored (duplicate: STAR delivered it before)',
            content: json(toSchema(StarAcceptedSchema, 'output')),
          },
          // 403: not STAR's client certificate (or no TLS), the connection is closed; 503: STAR is not configured.
          ...errorResponses([...EVERY_REQUEST, 'FORBIDDEN', 'UNAVAILABLE']),
        },
      },
    },
    '/api/openapi.json': {
      get: {
        summary: 'This document',
        tags: ['Health'],
        security: [],
        responses: { '200': { description: 'OpenAPI 3.0 document', content: json({ type: 'object' }) } },
      },
    },
  };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item) as { responses: Record<string, unknown> }[]) op.responses['408'] = TIMED_OUT;
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Kontaktspor API',
      version,
      description:
        "A jobcenter's shared contact history per company. Errors are always { error: { code, message } } (NEVER_LOG adds the refusing rule); " +
        'a path or method not listed here answers 404 NOT_FOUND in that shape.',
    },
    paths,
    components: {
      schemas: { Error: toSchema(ErrorSchema, 'output') },
      securitySchemes: { entra: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ entra: [] }],
  };
}

function operation(route: Route): Record<string, unknown> {
  const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
  const success = { description: 'Success', content: json(toSchema(route.response, 'output')) };
  const statuses = route.statusesOf ?? [route.status ?? 200];
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    ...(route.access === 'public' && { security: [] }),
    ...(parameters.length > 0 && { parameters }),
    ...(route.body && {
      requestBody: { required: true, content: json(toSchema(route.body, 'input')) },
    }),
    responses: {
      ...Object.fromEntries(statuses.map((status) => [String(status), success])),
      ...errorResponses(routeErrorCodes(route)),
    },
  };
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(location === 'query' && JSON.stringify(property).includes('"array"') && { style: 'form', explode: true }),
  }));
}
