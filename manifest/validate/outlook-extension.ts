/** The unified manifest's Outlook extension: what it declares (for the XML comparison) and its wiring checks. */
import type { UnifiedManifest } from './unified-manifest.js';

/** Ribbon contexts of the unified manifest and the XML command surfaces they correspond to. */
export const CONTEXT_TO_SURFACE: Readonly<Record<string, string>> = {
  mailRead: 'MessageReadCommandSurface',
  mailCompose: 'MessageComposeCommandSurface',
  meetingDetailsAttendee: 'AppointmentAttendeeCommandSurface',
  meetingDetailsOrganizer: 'AppointmentOrganizerCommandSurface',
};

/** Outlook add-in permissions: unified manifest (resource-specific, delegated) -> XML <Permissions>. */
export const MAILBOX_PERMISSIONS: Readonly<Record<string, string>> = {
  'MailboxItem.RestrictedRead.User': 'Restricted',
  'MailboxItem.Read.User': 'ReadItem',
  'MailboxItem.ReadWrite.User': 'ReadWriteItem',
  'Mailbox.ReadWrite.User': 'ReadWriteMailbox',
};

/** What the validator learned about the Outlook extension, for the XML comparison and the tests. */
export interface OutlookExtensionFacts {
  minMailbox: string | null;
  permission: string | null;
  taskpaneUrls: string[];
  functionFileUrls: string[];
  functionNames: string[];
  surfaces: string[];
  /** Ribbon contexts with no XML command surface. */
  unmappedContexts: string[];
  /** Add-in only manifests the unified one stands in for (alternates hide.customOfficeAddin). */
  hiddenAddinIds: string[];
  /** Icon URLs by size, over every control. */
  iconUrls: Map<number, Set<string>>;
  /** Labels of the controls that open the pane / run a function (default language). */
  paneLabels: string[];
  functionLabels: string[];
  paneControlPaths: string[];
  functionControlPaths: string[];
}

export function outlookExtensionFacts(manifest: UnifiedManifest): OutlookExtensionFacts {
  const extension = manifest.extensions?.[0];
  const actions = new Map<string, { type: string; page: string | undefined }>();
  for (const runtime of extension?.runtimes ?? []) {
    for (const action of runtime.actions ?? []) {
      if (action.id && action.type) actions.set(action.id, { type: action.type, page: runtime.code?.page });
    }
  }
  const facts: OutlookExtensionFacts = {
    minMailbox: extension?.requirements?.capabilities?.find((c) => c.name === 'Mailbox')?.minVersion ?? null,
    permission:
      manifest.authorization?.permissions?.resourceSpecific?.find((p) => p.name && p.name in MAILBOX_PERMISSIONS)
        ?.name ?? null,
    taskpaneUrls: [...new Set([...actions.values()].filter((a) => a.type === 'openPage').map((a) => a.page ?? ''))],
    functionFileUrls: [
      ...new Set([...actions.values()].filter((a) => a.type === 'executeFunction').map((a) => a.page ?? '')),
    ],
    functionNames: [...actions].filter(([, a]) => a.type === 'executeFunction').map(([id]) => id),
    surfaces: [],
    unmappedContexts: [],
    hiddenAddinIds: (extension?.alternates ?? [])
      .map((alternate) => alternate.hide?.customOfficeAddin?.officeAddinId ?? '')
      .filter(Boolean),
    iconUrls: new Map(),
    paneLabels: [],
    functionLabels: [],
    paneControlPaths: [],
    functionControlPaths: [],
  };
  const surfaces = new Set<string>();
  (extension?.ribbons ?? []).forEach((ribbon, r) => {
    for (const context of ribbon.contexts ?? []) {
      const surface = CONTEXT_TO_SURFACE[context];
      if (surface) surfaces.add(surface);
      else facts.unmappedContexts.push(context);
    }
    (ribbon.tabs ?? []).forEach((tab, t) =>
      (tab.groups ?? []).forEach((group, g) =>
        (group.controls ?? []).forEach((control, c) => {
          const path = `extensions[0].ribbons[${r}].tabs[${t}].groups[${g}].controls[${c}]`;
          for (const icon of control.icons ?? []) {
            if (typeof icon.size !== 'number' || !icon.url) continue;
            if (!facts.iconUrls.has(icon.size)) facts.iconUrls.set(icon.size, new Set());
            facts.iconUrls.get(icon.size)!.add(icon.url);
          }
          const type = control.actionId ? actions.get(control.actionId)?.type : undefined;
          if (type === 'openPage') {
            facts.paneLabels.push(control.label ?? '');
            facts.paneControlPaths.push(path);
          }
          if (type === 'executeFunction') {
            facts.functionLabels.push(control.label ?? '');
            facts.functionControlPaths.push(path);
          }
        }),
      ),
    );
  });
  facts.surfaces = [...surfaces].sort();
  return facts;
}

export function extensionErrors(m: UnifiedManifest): string[] {
  const errors: string[] = [];
  const extension = m.extensions?.[0];
  if (!extension) return ['manifest.json /extensions: the Outlook add-in is missing'];
  const facts = outlookExtensionFacts(m);
  if (!facts.minMailbox)
    errors.push('manifest.json /extensions/0/requirements: must require the Mailbox requirement set');
  if (!facts.permission)
    errors.push(
      `manifest.json /authorization/permissions/resourceSpecific: must grant the add-in one of ${Object.keys(MAILBOX_PERMISSIONS).join(', ')}`,
    );
  if (facts.taskpaneUrls.length !== 1)
    errors.push('manifest.json /extensions/0/runtimes: needs exactly one task pane page (an openPage action)');
  if (facts.functionNames.length === 0)
    errors.push('manifest.json /extensions/0/runtimes: needs the function command (an executeFunction action)');
  const actionIds = new Set(
    (extension.runtimes ?? []).flatMap((runtime) => (runtime.actions ?? []).map((action) => action.id)),
  );
  (extension.ribbons ?? []).forEach((ribbon, r) =>
    (ribbon.tabs ?? []).forEach((tab, t) =>
      (tab.groups ?? []).forEach((group, g) =>
        (group.controls ?? []).forEach((control, c) => {
          const where = `manifest.json /extensions/0/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}`;
          if (!control.actionId || !actionIds.has(control.actionId))
            errors.push(`${where}/actionId: "${control.actionId ?? ''}" is no action of any runtime`);
          const sizes = new Set((control.icons ?? []).map((icon) => icon.size));
          for (const size of [16, 32, 80])
            if (!sizes.has(size)) errors.push(`${where}/icons: Outlook needs a ${size}px icon`);
        }),
      ),
    ),
  );
  if (facts.paneLabels.length === 0) errors.push('manifest.json /extensions/0/ribbons: no button opens the task pane');
  if (facts.functionLabels.length === 0)
    errors.push('manifest.json /extensions/0/ribbons: no button runs the function command');
  return errors;
}
