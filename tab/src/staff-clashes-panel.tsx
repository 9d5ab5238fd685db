/** Admins: staff rows that share an email (a reused sign-in name), each person with their Entra object id. */
import { useId, useMemo } from 'react';
import { Body1, Button, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { StaffEmailClash } from '../../web-shared/api-types.js';
import { staffClashRows } from './staff-clashes-logic.js';
import { useStrings } from './strings-context.js';
import { useTab } from './tab-context.js';
import { ErrorBanner } from '../../web-shared/error-banner.js';
import { useSharedStyles } from './ui.js';
import { useLoad } from '../../web-shared/use-load.js';

export function StaffClashesPanel() {
  const { lang, t } = useStrings();
  const shared = useSharedStyles();
  const { api } = useTab();
  const headingId = useId();
  const clashes = useLoad<StaffEmailClash[]>('staff-email-clashes', (signal) => api.staffEmailClashes(signal));
  const rows = useMemo(() => staffClashRows(clashes.data ?? [], lang), [clashes.data, lang]);

  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid="staff-clashes">
      <Subtitle2 as="h2" id={headingId}>
        {t.staffClashes.title}
      </Subtitle2>
      <Body1>{t.staffClashes.intro}</Body1>
      {clashes.status === 'loading' && !clashes.data && <Spinner size="small" label={t.loading} />}
      {clashes.status === 'failed' && <ErrorBanner error={clashes.error} onRetry={clashes.reload} />}
      {clashes.data && rows.length === 0 && <Body1 data-testid="staff-clashes-empty">{t.staffClashes.empty}</Body1>}
      {rows.length > 0 && (
        <Table aria-labelledby={headingId} size="small" data-testid="staff-clashes-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.staffClashes.email}</TableHeaderCell>
              <TableHeaderCell>{t.staffClashes.name}</TableHeaderCell>
              <TableHeaderCell>{t.staffClashes.objectId}</TableHeaderCell>
              <TableHeaderCell>{t.staffClashes.since}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.flatMap((row) =>
              row.people.map((person) => (
                <TableRow key={person.id} data-testid="staff-clash" data-email={row.email}>
                  <TableCell>{row.email}</TableCell>
                  <TableCell>{person.name}</TableCell>
                  <TableCell>
                    <code>{person.objectId}</code>
                  </TableCell>
                  <TableCell>{person.since}</TableCell>
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      )}
      <div>
        <Button appearance="subtle" onClick={clashes.reload} data-testid="staff-clashes-refresh">
          {t.staffClashes.refresh}
        </Button>
      </div>
    </section>
  );
}
