import { createRequire } from 'node:module';

/**
 * Validates an Adaptive Card with Microsoft's own `adaptivecards` package at version 1.5 (Teams'
 * limit). Tests only. The package's `lib/` ESM build does not load in Node (extensionless
 * imports), so the UMD bundle is required instead; it needs no DOM for parsing and validation.
 */

interface AcValidationEvent {
  event: number;
  message: string;
}
interface AcSchema {
  getCount(): number;
  getItemAt(index: number): { name: string };
}
interface AcSerializable {
  getSchema(): AcSchema;
  getJsonTypeName?(): string;
}
interface AcModule {
  AdaptiveCard: new () => AcSerializable & {
    parse(source: unknown, context: unknown): void;
    validateProperties(): { validationEvents: AcValidationEvent[] };
  };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(index: number): AcValidationEvent };
  SerializableObject: {
    prototype: { internalParse: (this: AcSerializable, source: unknown, context: unknown) => void };
  };
  Versions: { v1_5: unknown };
  ValidationEvent: Record<number, string>;
}

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AcModule;

export const CARD_VERSION = '1.5';

// Keys a card object reads in its own parse code rather than through its property schema.
const PARSED_OUTSIDE_SCHEMA: Readonly<Record<string, readonly string[]>> = {
  AdaptiveCard: ['body', 'actions', 'fallback'],
  Container: ['items'],
  Column: ['items'],
  ColumnSet: ['columns'],
  ActionSet: ['actions'],
  RichTextBlock: ['inlines'],
  'Action.ShowCard': ['card'],
};
const ANY_ELEMENT_OR_ACTION = ['fallback'];

function schemaNames(object: AcSerializable): Set<string> {
  const schema = object.getSchema();
  const names = new Set<string>();
  for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name);
  return names;
}

/**
 * The problems of a card as readable strings; empty when the card is valid at 1.5: version exactly
 * "1.5", no unknown (or too new) element, action or property, no invalid value, and nothing
 * `validateProperties()` objects to.
 */
export function validateCard(json: unknown): string[] {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ['the card is not a JSON object'];
  const card = json as Record<string, unknown>;
  if (card['type'] !== 'AdaptiveCard') problems.push(`type is ${JSON.stringify(card['type'])}, not "AdaptiveCard"`);
  if (card['version'] !== CARD_VERSION)
    problems.push(`version is ${JSON.stringify(card['version'])}, not "${CARD_VERSION}"`);

  // The library ignores properties it does not know; record every (object, source) pair it parses
  // and compare the source's keys with the object's schema. Synchronous, and restored at once.
  const parsed: Array<{ object: AcSerializable; source: unknown }> = [];
  const prototype = AC.SerializableObject.prototype;
  const original = prototype.internalParse;
  prototype.internalParse = function (this: AcSerializable, source: unknown, context: unknown) {
    parsed.push({ object: this, source });
    original.call(this, source, context);
  };
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  try {
    adaptiveCard.parse(json, context);
  } finally {
    prototype.internalParse = original;
  }

  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  for (const event of adaptiveCard.validateProperties().validationEvents) {
    problems.push(`${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  for (const { object, source } of parsed) {
    if (typeof source !== 'object' || source === null) continue;
    const typeName = object.getJsonTypeName?.() ?? object.constructor.name;
    const allowed = schemaNames(object);
    for (const key of PARSED_OUTSIDE_SCHEMA[typeName] ?? []) allowed.add(key);
    if (object.getJsonTypeName) for (const key of ANY_ELEMENT_OR_ACTION) allowed.add(key);
    for (const key of Object.keys(source)) {
      if (!allowed.has(key)) problems.push(`UnknownProperty: "${key}" on ${typeName}`);
    }
  }
  return problems;
}
