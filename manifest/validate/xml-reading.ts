/** Reading the XML add-in manifest: the parser set up for it and tolerant accessors over its nodes. */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const XML_ARRAYS = new Set([
  'ExtensionPoint',
  'Control',
  'Group',
  'Image',
  'Url',
  'String',
  'Override',
  'Set',
  'Scope',
  'Form',
  'Rule',
  'AppDomain',
  'Host',
  'OfficeTab',
]);

export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => XML_ARRAYS.has(name),
});

export const node = (value: unknown): XmlNode =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
export const list = (value: unknown): XmlNode[] =>
  Array.isArray(value) ? value.map(node) : value === undefined ? [] : [node(value)];
export const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value && '#text' in value
      ? String((value as XmlNode)['#text'])
      : '';
export const attr = (value: unknown, name: string): string => {
  const found = node(value)[`@${name}`];
  return typeof found === 'string' ? found : '';
};

/** Every URL in attribute values and text, with a readable location. */
export function* xmlUrls(value: unknown, where: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.toLowerCase().startsWith('api://')) yield [where, value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* xmlUrls(value[i], `${where}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      yield* xmlUrls(child, key === '#text' ? where : `${where}/${key}`);
  }
}
