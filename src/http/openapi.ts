import { z } from 'zod';
import type { Route } from './route.js';
import { ErrorSchema } from './api-schemas.js';
import { NotificationCollectionSchema } from './tagging-schemas.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ERROR_REF } } });

/** OpenAPI 3.0 description generated from the same zod schemas that validate the requests. */
export function buildOpenApi(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {
    '/healthz': { get: { summary: 'Liveness', tags: ['Health'], responses: { '200': { description: 'The process is up' } } } },
    '/readyz': {
      get: {
        summary: 'Readiness: the database answers',
        tags: ['Health'],
        responses: { '200': { description: 'Ready' }, '503': errorResponse('Not ready') },
      },
    },
    '/api/messages': {
      post: {
        summary: 'Bot Framework endpoint: Teams activities for the bot (authenticated with Bot Framework tokens)',
        tags: ['Teams'],
        security: [],
        responses: { '200': { description: 'Activity processed' }, '401': errorResponse('No valid Bot Framework token') },
      },
    },
    '/api/graph/notifications': {
      post: {
        summary:
          'Microsoft Graph change notifications for watched mailboxes (no bearer token: checked by subscription id and clientState). ' +
          'With ?validationToken= the token is echoed as text/plain (the subscription handshake).',
        tags: ['Outlook category'],
        security: [],
        parameters: [{ name: 'validationToken', in: 'query', required: false, schema: { type: 'string', maxLength: 2048 } }],
        requestBody: { required: false, content: { 'application/json': { schema: toSchema(NotificationCollectionSchema, 'input') } } },
        responses: {
          '200': { description: 'Handshake: the validation token', content: { 'text/plain': { schema: { type: 'string' } } } },
          '202': { description: 'Accepted: queued for the worker' },
          '400': errorResponse('Not a notification collection'),
        },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', tags: ['Health'], responses: { '200': { description: 'OpenAPI 3.0 document' } } },
    },
  };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Kontaktspor API',
      version,
      description: "A jobcenter's shared contact history per company. Errors are always { error: { code, message } }.",
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
  const status = String(route.status ?? 200);
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    ...(parameters.length > 0 && { parameters }),
    ...(route.body && {
      requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } },
    }),
    responses: {
      [status]: { description: 'Success', content: { 'application/json': { schema: toSchema(route.response, 'output') } } },
      '400': errorResponse('Invalid request'),
      '401': errorResponse('No valid identity'),
      ...(route.access === 'admin' && { '403': errorResponse('Admins only') }),
      ...(route.params && { '404': errorResponse('Not found') }),
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
