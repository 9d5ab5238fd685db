/**
 * The Teams join block Outlook writes into meeting invitations: join link, meeting id, passcode,
 * dial-in numbers, conference id. It lets anyone join the meeting and says nothing about the
 * company, so it never reaches the shared excerpt. Microsoft has changed its layout several times
 * and writes it in the organiser's language, so it is found by its structure rather than one
 * template: the ____ separator lines Teams puts around it, its labels (English and Danish), and the
 * Teams join and dial-in links wherever they stand, in HTML turned to text or in plain text.
 */

const SEPARATOR = /^_{10,}$/;

// Teams' hosts in the public and national clouds (teams.microsoft.us, teams.cloud.microsoft, ...).
const TEAMS_HOST = String.raw`(?:[\w-]+\.)*teams\.(?:microsoft\.com|microsoft\.us|live\.com|cloud\.microsoft|microsoftonline\.cn)`;
// Join, dial-in and meeting-option links, "Learn more" and tel: links; with the <> plain text wraps them in.
const JOIN_LINK = new RegExp(
  String.raw`<?(?:https?://(?:${TEAMS_HOST}/(?:l/meetup-join|meet|meetingOptions)|dialin\.${TEAMS_HOST})[^\s<>]*|https?://aka\.ms/JoinTeamsMeeting[^\s<>]*|tel:[^\s<>]+)>?`,
  'giu',
);

// Lines that only a join block has; one of them makes a run of join lines a block.
const ANCHORS: readonly RegExp[] = [
  /^(?:join |deltag i )?microsoft teams(?:[- ](?:meeting|møde|mødet)|-møde(?:t)?)?(?:\s+(?:need help\?|har du brug for hjælp\?))?$/iu,
  /^(?:click here to join the meeting|join the meeting now|klik her for at deltage i mødet|deltag i mødet nu)/iu,
  /^(?:join|deltag)\b.{0,60}\b(?:computer|computeren|mobile app|mobilapp|room device|rumenhed|video conferencing device|videokonferenceenhed)\b/iu,
  /^(?:meeting id|møde-id|mødeid|passcode|adgangskode|phone conference id|conference id|video conference id|telefonkonference-id|konference-id|videokonference-id)\s*:/iu,
  /^(?:dial[- ]in by phone|(?:or )?call in \(audio only\)|ring ind via telefon|(?:eller )?ring ind \(kun lyd\))/iu,
  // A meeting or conference id with its digits, anywhere in a line (a block run into one line).
  /(?:^|\s)(?:meeting id|møde-id|mødeid|conference id|konference-id)\s*:\s*\d[\d ]{5,}/iu,
];
// Lines a join block ends with, and the numbers and addresses it lists: part of a block, never one alone.
const BLOCK_LINES: readonly RegExp[] = [
  /^(?:find a local number|local numbers|find et lokalt nummer|lokale numre|reset (?:dial-in )?pin|nulstil (?:opkalds-)?pin|learn more|få mere at vide|få flere oplysninger|meeting options|mødeindstillinger|for organizers|for organisatorer|for arrangører|download teams|hent teams|join on the web|deltag på internettet|alternate vtc instructions|alternativ vtc-vejledning)/iu,
  /^\(?\+?\d[\d ().-]{5,}\d(?:,,\d+#?)?(?:\s.*)?$/u, // "+45 32 72 66 19,,161095966# Denmark, Copenhagen"
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/u, // the video-conferencing address ("123@m.webex.com")
];
// A block run into one line (bodyPreview): its separator goes on a line of its own first.
const INLINE_BLOCK_START =
  /[ \t]*(_{10,})[ \t]*(?=(?:join |deltag i )?microsoft teams|meeting id|møde-id|click here to join|klik her for at deltage)/giu;

const isAnchor = (line: string) => ANCHORS.some((pattern) => pattern.test(line));
const withoutLinks = (line: string) =>
  line
    .replace(JOIN_LINK, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
const isBlockLine = (line: string) =>
  isAnchor(line) || withoutLinks(line) === '' || BLOCK_LINES.some((pattern) => pattern.test(line));

/** Text (one paragraph a line) without Teams join blocks and without Teams join links. */
export function stripTeamsJoinBlocks(text: string): string {
  const lines = text
    .replace(INLINE_BLOCK_START, '\n$1\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const dropped = new Array<boolean>(lines.length).fill(false);
  dropSeparatedBlocks(lines, dropped);
  dropRunsOfJoinLines(lines, dropped);
  return lines
    .flatMap((line, i) => {
      if (dropped[i]) return [];
      const kept = withoutLinks(line);
      return kept === '' ? [] : [kept];
    })
    .join('\n');
}

// Teams frames its block with separator lines: what lies between two of them (or after the last)
// goes whole when it holds an anchor, and so does a pair of separators with nothing left between.
function dropSeparatedBlocks(lines: readonly string[], dropped: boolean[]): void {
  const separators = lines.flatMap((line, i) => (SEPARATOR.test(line) ? [i] : []));
  separators.forEach((start, k) => {
    const end = separators[k + 1] ?? lines.length;
    const inside = lines.slice(start + 1, end);
    const closed = end < lines.length;
    if (!inside.some(isAnchor) && !(closed && inside.length === 0)) return;
    for (let i = start; i < end; i++) dropped[i] = true;
    if (closed) dropped[end] = true;
  });
}

// Without separators: a run of consecutive join lines holding an anchor is a block.
function dropRunsOfJoinLines(lines: readonly string[], dropped: boolean[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && !dropped[end] && isBlockLine(lines[end] ?? '')) end++;
    if (end > start && lines.slice(start, end).some(isAnchor)) {
      for (let i = start; i < end; i++) dropped[i] = true;
    }
    start = Math.max(end, start + 1);
  }
}
