import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { exampleConfig, outlookAddinIdFor } from '../../manifest/package-config.js';
import { validateAppPackage } from '../../manifest/validate/app-package.js';
import {
  CONTEXT_TO_SURFACE,
  MAILBOX_PERMISSIONS,
  outlookExtensionFacts,
} from '../../manifest/validate/outlook-extension.js';
import { examplePackage, jsonOf } from './support.js';

describe('XML add-in manifest: the same add-in as the unified manifest', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true });

  async function errorsFor(change: (xml: string) => string): Promise<string[]> {
    const { files, xml } = await examplePackage();
    const changed = change(xml);
    assert.notEqual(changed, xml, 'the change applies');
    return validateAppPackage({ files, xml: changed, config: exampleConfig() });
  }

  it('when both are rendered, then the XML has the same version, permission, pages, function and surfaces', async () => {
    const { files, xml } = await examplePackage();
    const manifest = jsonOf(files, 'manifest.json');
    const facts = outlookExtensionFacts(manifest);
    const app = parser.parse(xml).OfficeApp;
    assert.equal(app.Version, manifest.version);
    assert.equal(app['@type'], 'MailApp');
    assert.equal(app.DefaultLocale, 'da-DK');
    assert.equal(app.Permissions, MAILBOX_PERMISSIONS[facts.permission!]);
    assert.equal(app.Requirements.Sets.Set['@MinVersion'], facts.minMailbox);
    assert.deepEqual(facts.functionNames, ['logToKontaktspor']);
    assert.deepEqual(facts.taskpaneUrls, ['https://kontaktspor.example.dk/addin/index.html']);
    assert.deepEqual(facts.functionFileUrls, ['https://kontaktspor.example.dk/addin/commands.html']);
    const inner = app.VersionOverrides.VersionOverrides;
    const surfaces = inner.Hosts.Host.DesktopFormFactor.ExtensionPoint.map(
      (point: Record<string, string>) => point['@type'],
    ).sort();
    assert.deepEqual(surfaces, Object.values(CONTEXT_TO_SURFACE).sort());
    assert.deepEqual(surfaces, facts.surfaces);
    assert.equal(inner.WebApplicationInfo.Id, manifest.webApplicationInfo.id);
    assert.equal(inner.WebApplicationInfo.Resource, manifest.webApplicationInfo.resource);
  });

  it('when the unified manifest asks for read/write item access, then so does the XML (compose saves the draft to get its id)', async () => {
    const { files, xml } = await examplePackage();
    assert.equal(outlookExtensionFacts(jsonOf(files, 'manifest.json')).permission, 'MailboxItem.ReadWrite.User');
    assert.match(xml, /<Permissions>ReadWriteItem<\/Permissions>/);
  });

  it('when both are rendered, then the XML has its own id, derived from the app id, and the unified manifest hides it (no two copies in Outlook)', async () => {
    const { files, xml } = await examplePackage();
    const manifest = jsonOf(files, 'manifest.json');
    const xmlId = parser.parse(xml).OfficeApp.Id;
    assert.equal(xmlId, exampleConfig().outlookAddinId);
    assert.equal(xmlId, outlookAddinIdFor(manifest.id));
    assert.notEqual(xmlId, manifest.id);
    assert.deepEqual(outlookExtensionFacts(manifest).hiddenAddinIds, [xmlId]);
    assert.equal(outlookAddinIdFor(manifest.id.toUpperCase()), xmlId, 'stable whatever the case of TEAMS_APP_ID');
  });

  it("when the XML reuses the unified manifest's id, then the error says the two versions need two ids", async () => {
    const { files } = await examplePackage();
    const appId = jsonOf(files, 'manifest.json').id;
    const errors = await errorsFor((xml) => xml.replace(/<Id>[^<]+<\/Id>/, `<Id>${appId}</Id>`));
    assert.ok(
      errors.includes(
        `outlook-addin.xml <Id>: ${appId} is the unified manifest's id; the add-in only manifest needs its own GUID (Microsoft: two versions, two ids)`,
      ),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((line) => line.startsWith(`outlook-addin.xml <Id>: ${appId} is not hidden by the unified manifest`)),
      errors.join('\n'),
    );
  });

  it('when a button runs another function, then both the unknown name and the missing one are named', async () => {
    const errors = await errorsFor((xml) =>
      xml.replace('<FunctionName>logToKontaktspor</FunctionName>', '<FunctionName>logIt</FunctionName>'),
    );
    assert.ok(
      errors.includes(
        'outlook-addin.xml <ExtensionPoint MessageReadCommandSurface> <Control id="msgReadLogButton">: runs logIt, which the unified manifest does not declare (logToKontaktspor)',
      ),
      errors.join('\n'),
    );
    assert.ok(
      errors.includes('outlook-addin.xml <ExtensionPoint MessageReadCommandSurface>: no button runs logToKontaktspor'),
      errors.join('\n'),
    );
  });

  it('when a surface is missing, then the error names it', async () => {
    const errors = await errorsFor((xml) =>
      xml.replace(/<ExtensionPoint xsi:type="AppointmentOrganizerCommandSurface">[\s\S]*?<\/ExtensionPoint>/, ''),
    );
    assert.deepEqual(errors, [
      "outlook-addin.xml: the unified manifest's AppointmentOrganizerCommandSurface is missing",
    ]);
  });

  it('when the task pane URL or the sign-in resource differs, then each is named', async () => {
    const errors = await errorsFor((xml) =>
      xml
        .replace(
          '<bt:Url id="Taskpane.Url" DefaultValue="https://kontaktspor.example.dk/addin/index.html"/>',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://kontaktspor.example.dk/addin/pane.html"/>',
        )
        .replace(/<Resource>[^<]+<\/Resource>/, '<Resource>api://kontaktspor.example.dk/other</Resource>'),
    );
    assert.ok(
      errors.some((line) =>
        line.endsWith(
          "opens https://kontaktspor.example.dk/addin/pane.html, not the unified manifest's task pane page",
        ),
      ),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((line) =>
        line.startsWith(
          'outlook-addin.xml <WebApplicationInfo> <Resource>: api://kontaktspor.example.dk/other differs',
        ),
      ),
      errors.join('\n'),
    );
  });

  it('when the XML is not well-formed, then the error gives the line', async () => {
    const errors = await errorsFor((xml) => xml.replace('</DesktopFormFactor>', ''));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^outlook-addin\.xml: not well-formed XML: .* \(line \d+, column \d+\)$/);
  });

  it('when an XML URL is off the host, then it is named', async () => {
    const errors = await errorsFor((xml) =>
      xml.replace(
        '<SupportUrl DefaultValue="https://kontaktspor.example.dk/"/>',
        '<SupportUrl DefaultValue="https://support.example.org/"/>',
      ),
    );
    assert.deepEqual(errors, [
      'outlook-addin.xml OfficeApp/SupportUrl/@DefaultValue: https://support.example.org/ is not on the configured public host kontaktspor.example.dk',
    ]);
  });
});
