/** An admin panel that lists rows in a table: heading, intro, loading/failure/empty states and a refresh button. */
import { useId, type ReactNode } from 'react';
import {
  Body1,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { LoadStatus } from '../common/load-status.js';
import { useSharedStyles } from '../common/ui.js';
import type { Load } from '../../../web-shared/use-load.js';

export interface AdminTableWords {
  title: string;
  intro: string;
  empty: string;
  refresh: string;
}

/**
 * `testId` names the panel and its parts (`-empty`, `-table`, `-refresh`); `children` are the table's
 * rows, `after` what follows the table (e.g. an action's outcome).
 */
export function AdminTablePanel({
  testId,
  words,
  load,
  rowCount,
  columns,
  children,
  after,
}: {
  testId: string;
  words: AdminTableWords;
  load: Load<unknown> & { reload(): void };
  rowCount: number;
  columns: readonly string[];
  children: ReactNode;
  after?: ReactNode;
}) {
  const shared = useSharedStyles();
  const headingId = useId();
  return (
    <section className={shared.stack} aria-labelledby={headingId} data-testid={testId}>
      <Subtitle2 as="h2" id={headingId}>
        {words.title}
      </Subtitle2>
      <Body1>{words.intro}</Body1>
      <LoadStatus load={load} isEmpty={rowCount === 0} empty={words.empty} emptyTestId={`${testId}-empty`} />
      {rowCount > 0 && (
        <Table aria-labelledby={headingId} size="small" data-testid={`${testId}-table`}>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
      )}
      {after}
      <div>
        <Button appearance="subtle" onClick={load.reload} data-testid={`${testId}-refresh`}>
          {words.refresh}
        </Button>
      </div>
    </section>
  );
}
