/**
 * The XML add-in manifest: well formed, and the same add-in as the unified manifest's extension (id,
 * version, permission, requirement set, pages, function names, surfaces, icons, labels, sign-in).
 */
import { XMLValidator } from 'fast-xml-parser';
import type { PackageConfig } from '../package-config.js';
import { placeholderErrors, sameId } from './json.js';
import { MAILBOX_PERMISSIONS, outlookExtensionFacts } from './outlook-extension.js';
import type { UnifiedManifest } from './unified-manifest.js';
import { attr, list, node, text, xmlParser, xmlUrls } from './xml-reading.js';

export function xmlErrors(
  xml: string,
  m: UnifiedManifest,
  config: PackageConfig,
  english: Record<string, string> | undefined,
): string[] {
  const file = 'outlook-addin.xml';
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true)
    return [`${file}: not well-formed XML: ${syntax.err.msg} (line ${syntax.err.line}, column ${syntax.err.col})`];
  const errors: string[] = [...placeholderErrors(file, xml)];
  const app = node(node(xmlParser.parse(xml))['OfficeApp']);
  if (attr(app, 'type') !== 'MailApp') errors.push(`${file}: the root must be <OfficeApp xsi:type="MailApp">`);

  for (const [where, value] of xmlUrls(app, 'OfficeApp')) {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      errors.push(`${file} ${where}: "${value}" is not a valid URL`);
    }
    if (!url) continue;
    if (url.protocol !== 'https:') errors.push(`${file} ${where}: ${value} must use https`);
    if (url.host.toLowerCase() !== config.publicHost.toLowerCase())
      errors.push(`${file} ${where}: ${value} is not on the configured public host ${config.publicHost}`);
  }

  const facts = outlookExtensionFacts(m);
  // Two versions of one add-in need two ids; the unified one hides the XML one where both are installed.
  const id = text(app['Id']);
  if (sameId(id, m.id)) {
    errors.push(
      `${file} <Id>: ${id} is the unified manifest's id; the add-in only manifest needs its own GUID (Microsoft: two versions, two ids)`,
    );
  }
  if (!sameId(id, config.outlookAddinId))
    errors.push(
      `${file} <Id>: ${id || '(none)'} is not the configured add-in only manifest id ${config.outlookAddinId}`,
    );
  if (!facts.hiddenAddinIds.some((hidden) => sameId(hidden, id))) {
    errors.push(
      `${file} <Id>: ${id || '(none)'} is not hidden by the unified manifest (extensions[0].alternates[].hide.customOfficeAddin.officeAddinId: ${facts.hiddenAddinIds.join(', ') || 'none'}): Outlook would show both`,
    );
  }
  const version = text(app['Version']);
  if (version !== m.version && version !== `${m.version}.0`)
    errors.push(
      `${file} <Version>: ${version || '(none)'} differs from the unified manifest's version ${m.version ?? '(none)'}`,
    );
  const defaultLocale = text(app['DefaultLocale']);
  if (!defaultLocale.toLowerCase().startsWith('da'))
    errors.push(`${file} <DefaultLocale>: ${defaultLocale || '(none)'}, expected Danish (da-DK)`);
  const englishName = list(node(app['DisplayName'])['Override']).some((o) =>
    attr(o, 'Locale').toLowerCase().startsWith('en'),
  );
  if (!englishName) errors.push(`${file} <DisplayName>: no English <Override>`);

  const permission = text(app['Permissions']);
  const expectedPermission = facts.permission ? MAILBOX_PERMISSIONS[facts.permission] : undefined;
  if (permission !== expectedPermission) {
    errors.push(
      `${file} <Permissions>: ${permission || '(none)'} does not match the unified manifest's ${facts.permission ?? '(none)'} (${expectedPermission ?? '?'})`,
    );
  }
  const baseMailbox = list(node(node(app['Requirements'])['Sets'])['Set']).find(
    (set) => attr(set, 'Name') === 'Mailbox',
  );
  if (attr(baseMailbox, 'MinVersion') !== facts.minMailbox) {
    errors.push(
      `${file} <Requirements>: Mailbox ${attr(baseMailbox, 'MinVersion') || '(none)'} differs from the unified manifest's Mailbox ${facts.minMailbox ?? '(none)'}`,
    );
  }
  for (const form of list(node(app['FormSettings'])['Form'])) {
    const source = attr(node(node(form['DesktopSettings'])['SourceLocation']), 'DefaultValue');
    if (!facts.taskpaneUrls.includes(source))
      errors.push(
        `${file} <Form xsi:type="${attr(form, 'type')}">: ${source || '(none)'} is not the unified manifest's task pane page`,
      );
  }

  // VersionOverrides 1.0 wrapping 1.1 (1.1 carries the sign-in registration).
  const outer = node(app['VersionOverrides']);
  const inner = node(outer['VersionOverrides']);
  if (attr(outer, 'type') !== 'VersionOverridesV1_0' || attr(inner, 'type') !== 'VersionOverridesV1_1') {
    errors.push(
      `${file}: expected <VersionOverrides xsi:type="VersionOverridesV1_0"> holding <VersionOverrides xsi:type="VersionOverridesV1_1">`,
    );
    return errors;
  }
  const overrideMailbox = node(node(inner['Requirements'])['Sets']);
  if (attr(overrideMailbox, 'DefaultMinVersion') !== facts.minMailbox) {
    errors.push(
      `${file} <VersionOverrides> <Requirements>: Mailbox ${attr(overrideMailbox, 'DefaultMinVersion') || '(none)'} differs from the unified manifest's ${facts.minMailbox ?? '(none)'}`,
    );
  }

  const resources = node(inner['Resources']);
  const images = new Map(
    list(node(resources['Images'])['Image']).map((image) => [attr(image, 'id'), attr(image, 'DefaultValue')]),
  );
  const urls = new Map(list(node(resources['Urls'])['Url']).map((url) => [attr(url, 'id'), attr(url, 'DefaultValue')]));
  const stringsById = new Map<string, { value: string; english: string | null }>();
  for (const group of ['ShortStrings', 'LongStrings']) {
    for (const entry of list(node(resources[group])['String'])) {
      const override = list(entry['Override']).find((o) => attr(o, 'Locale').toLowerCase().startsWith('en'));
      stringsById.set(attr(entry, 'id'), {
        value: attr(entry, 'DefaultValue'),
        english: override ? attr(override, 'Value') : null,
      });
    }
  }
  const resolve = (kind: 'image' | 'url' | 'string', resid: string, where: string): string | null => {
    const found =
      kind === 'image' ? images.get(resid) : kind === 'url' ? urls.get(resid) : stringsById.get(resid)?.value;
    if (found === undefined) {
      errors.push(`${file} ${where}: resid "${resid}" is not defined in <Resources>`);
      return null;
    }
    return found;
  };

  const hosts = list(node(inner['Hosts'])['Host']);
  const desktop = node(hosts[0]?.['DesktopFormFactor']);
  const functionFile = resolve('url', attr(desktop['FunctionFile'], 'resid'), '<FunctionFile>');
  if (functionFile !== null && !facts.functionFileUrls.includes(functionFile)) {
    errors.push(
      `${file} <FunctionFile>: ${functionFile} is not the unified manifest's function page (${facts.functionFileUrls.join(', ') || 'none'})`,
    );
  }

  const surfaces = new Set<string>();
  const englishPane = facts.paneControlPaths.map((path) => english?.[`${path}.label`]).filter(Boolean);
  const englishFunction = facts.functionControlPaths.map((path) => english?.[`${path}.label`]).filter(Boolean);
  for (const point of list(desktop['ExtensionPoint'])) {
    const surface = attr(point, 'type');
    surfaces.add(surface);
    const controls = list(point['OfficeTab'])
      .flatMap((tab) => list(tab['Group']))
      .flatMap((group) => list(group['Control']));
    const functionsHere = new Set<string>();
    let panes = 0;
    for (const control of controls) {
      const where = `<ExtensionPoint ${surface}> <Control id="${attr(control, 'id')}">`;
      const action = node(control['Action']);
      const labelId = attr(control['Label'], 'resid');
      const label = resolve('string', labelId, where);
      const englishLabel = stringsById.get(labelId)?.english ?? null;
      for (const image of list(node(control['Icon'])['Image'])) {
        const size = Number(attr(image, 'size'));
        const url = resolve('image', attr(image, 'resid'), where);
        if (url !== null && !facts.iconUrls.get(size)?.has(url))
          errors.push(`${file} ${where}: the ${size}px icon ${url} is not the unified manifest's`);
      }
      if (attr(action, 'type') === 'ShowTaskpane') {
        panes += 1;
        const source = resolve('url', attr(action['SourceLocation'], 'resid'), where);
        if (source !== null && !facts.taskpaneUrls.includes(source))
          errors.push(`${file} ${where}: opens ${source}, not the unified manifest's task pane page`);
        if (label !== null && !facts.paneLabels.includes(label))
          errors.push(
            `${file} ${where}: label "${label}" differs from the unified manifest's (${facts.paneLabels.join(', ')})`,
          );
        if (englishPane.length && (!englishLabel || !englishPane.includes(englishLabel))) {
          errors.push(
            `${file} ${where}: English label "${englishLabel ?? '(none)'}" differs from en.json (${englishPane.join(', ')})`,
          );
        }
      } else if (attr(action, 'type') === 'ExecuteFunction') {
        const name = text(action['FunctionName']);
        functionsHere.add(name);
        if (!facts.functionNames.includes(name))
          errors.push(
            `${file} ${where}: runs ${name}, which the unified manifest does not declare (${facts.functionNames.join(', ')})`,
          );
        if (label !== null && !facts.functionLabels.includes(label))
          errors.push(
            `${file} ${where}: label "${label}" differs from the unified manifest's (${facts.functionLabels.join(', ')})`,
          );
        if (englishFunction.length && (!englishLabel || !englishFunction.includes(englishLabel))) {
          errors.push(
            `${file} ${where}: English label "${englishLabel ?? '(none)'}" differs from en.json (${englishFunction.join(', ')})`,
          );
        }
      } else {
        errors.push(`${file} ${where}: unexpected action ${attr(action, 'type') || '(none)'}`);
      }
    }
    if (panes === 0) errors.push(`${file} <ExtensionPoint ${surface}>: no button opens the task pane`);
    for (const name of facts.functionNames)
      if (!functionsHere.has(name)) errors.push(`${file} <ExtensionPoint ${surface}>: no button runs ${name}`);
  }
  const expected = new Set(facts.surfaces);
  for (const surface of expected)
    if (!surfaces.has(surface)) errors.push(`${file}: the unified manifest's ${surface} is missing`);
  for (const surface of surfaces)
    if (!expected.has(surface)) errors.push(`${file}: ${surface} is not in the unified manifest's ribbons`);
  for (const context of facts.unmappedContexts)
    errors.push(`${file}: the unified manifest's ribbon context "${context}" has no counterpart here`);

  const web = node(inner['WebApplicationInfo']);
  if (!sameId(text(web['Id']), m.webApplicationInfo?.id)) {
    errors.push(
      `${file} <WebApplicationInfo> <Id>: ${text(web['Id']) || '(none)'} differs from webApplicationInfo.id ${m.webApplicationInfo?.id ?? '(none)'}`,
    );
  }
  if (text(web['Resource']) !== m.webApplicationInfo?.resource) {
    errors.push(
      `${file} <WebApplicationInfo> <Resource>: ${text(web['Resource']) || '(none)'} differs from webApplicationInfo.resource ${m.webApplicationInfo?.resource ?? '(none)'}`,
    );
  }
  return errors;
}
