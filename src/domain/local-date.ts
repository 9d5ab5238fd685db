/** The jobcenter's calendar: deadlines are Danish dates, whatever the server's time zone. */
const DANISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Denmark at `instant`, as YYYY-MM-DD. */
export function danishDate(instant: Date): string {
  return DANISH_DATE.format(instant);
}
