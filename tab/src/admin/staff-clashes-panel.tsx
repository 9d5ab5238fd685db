/** Admins: staff rows that share an email (a reused sign-in name), each person with their Entra object id. */
import { useMemo } from 'react';
import { TableCell, TableRow } from '@fluentui/react-components';
import { AdminTablePanel } from './admin-table-panel.js';
import { staffClashRows } from './staff-clashes-logic.js';
import { useStrings } from '../common/strings-context.js';
import { useTab } from '../shell/tab-context.js';
import type { StaffEmailClash } from '../../../web-shared/api-types.js';
import { useLoad } from '../../../web-shared/use-load.js';

export function StaffClashesPanel() {
  const { lang, t } = useStrings();
  const { api } = useTab();
  const clashes = useLoad<StaffEmailClash[]>('staff-email-clashes', (signal) => api.staffEmailClashes(signal));
  const rows = useMemo(() => staffClashRows(clashes.data ?? [], lang), [clashes.data, lang]);

  const columns = [t.staffClashes.email, t.staffClashes.name, t.staffClashes.objectId, t.staffClashes.since];
  return (
    <AdminTablePanel
      testId="staff-clashes"
      words={t.staffClashes}
      load={clashes}
      rowCount={rows.length}
      columns={columns}
    >
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
    </AdminTablePanel>
  );
}
