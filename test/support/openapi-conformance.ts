import type { IncomingMessage, ServerResponse } from 'node:http';
import { Ajv, type ValidateFunction } from 'ajv';

/** One answer as the server sent it. */
export interface Answer {
  method: string;
  /** The request path, without the query. */
  path: string;
  status: number;
  contentType: string;
  /** The raw body. */
  body: string;
}

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components?: unknown };

/** Paths the document speaks for; pages, the add-in and the demo stand-ins are not part of the API. */
const DESCRIBED = /^\/(api(\/|$)|healthz$|readyz$)/i;

/**
 * Checks answers against the OpenAPI document the app serves: the status must be listed for the
 * operation, and a JSON body must match that status's schema. A path or method the document does
 * not list may only answer 404 in the error shape (the document says so).
 */
export function openApiConformance(document: Document) {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  const compiled = new Map<unknown, ValidateFunction>();
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    params: (template.match(/\{/g) ?? []).length,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}/?$`, 'i'),
  }));

  const validatorFor = (schema: unknown): ValidateFunction => {
    let validate = compiled.get(schema);
    if (!validate) {
      // Wrapped with the components so that $ref '#/components/...' resolves.
      validate = ajv.compile({ allOf: [schema], components: document.components });
      compiled.set(schema, validate);
    }
    return validate;
  };

  const operationFor = (method: string, path: string): Operation | undefined =>
    templates
      .filter(({ pattern, template }) => pattern.test(path) && document.paths[template]![method.toLowerCase()])
      .sort((a, b) => a.params - b.params)
      .map(({ template }) => document.paths[template]![method.toLowerCase()])[0];

  /** What is wrong with the answer, or null when the document describes it. */
  function problem(answer: Answer): string | null {
    if (!DESCRIBED.test(answer.path)) return null;
    const where = `${answer.method} ${answer.path} answered ${answer.status}`;
    const json = /^application\/json\b/i.test(answer.contentType);
    let parsed: unknown;
    if (json && answer.body.length > 0) {
      try {
        parsed = JSON.parse(answer.body);
      } catch {
        return `${where} with a body that is not JSON though labelled so`;
      }
    }
    const operation = operationFor(answer.method, answer.path);
    if (!operation) {
      const error = (parsed as { error?: { code?: unknown } } | undefined)?.error;
      return answer.status === 404 && error?.code === 'NOT_FOUND' ? null : `${where}: no operation in the document`;
    }
    const response = operation.responses?.[String(answer.status)];
    if (!response) return `${where}: the document does not list ${answer.status} for this operation`;
    if (answer.body.length === 0) return null;
    const mediaType = Object.keys(response.content ?? {}).find((type) =>
      answer.contentType.toLowerCase().startsWith(type),
    );
    if (!mediaType) return `${where} with ${answer.contentType || 'no content type'}: the document lists no such body`;
    const schema = response.content![mediaType]!.schema;
    if (!json || schema === undefined) return null;
    const validate = validatorFor(schema);
    if (validate(parsed)) return null;
    const first = validate.errors?.[0];
    return `${where}: body does not match the document at ${first?.instancePath || '/'} (${first?.message}; ${JSON.stringify(first?.params)})`;
  }

  return { problem };
}

/**
 * Wraps a request listener so that every answer is checked as it is sent: `violations` collects
 * what the document does not describe (checked before the answer leaves, so a client that has its
 * answer can rely on the list being complete).
 */
export function checkedListener(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  conformance: () => ReturnType<typeof openApiConformance> | null,
  violations: string[],
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > 4_000_000) return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += buffer.length;
      chunks.push(buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      const checker = conformance();
      if (checker && req.method !== 'HEAD') {
        const found = checker.problem({
          method: req.method ?? 'GET',
          path: (req.url ?? '/').split('?')[0]!,
          status: res.statusCode,
          contentType: String(res.getHeader('content-type') ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        if (found) violations.push(found);
      }
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    listener(req, res);
  };
}
