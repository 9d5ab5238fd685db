import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { htmlToExcerpt, truncateAtWord } from '../../src/adapters/graph/html-to-excerpt.js';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/graph/${name}.json`, import.meta.url), 'utf8')) as T;
}

const html = (content: string) => ({ contentType: 'html', content });
const text = (content: string) => ({ contentType: 'text', content });
const TAG = /<[a-z!/?]/i;

describe('htmlToExcerpt', () => {
  it('when there is no body, an empty one or only markup, then there is no excerpt', () => {
    assert.equal(htmlToExcerpt(null), null);
    assert.equal(htmlToExcerpt(undefined), null);
    assert.equal(htmlToExcerpt({ contentType: 'html', content: null }), null);
    assert.equal(htmlToExcerpt(html('   ')), null);
    assert.equal(
      htmlToExcerpt(html('<html><head><style>p{}</style></head><body><p>&nbsp;</p><img src="cid:x"></body></html>')),
      null,
    );
  });

  it('when an Outlook on the web reply quotes the earlier mail, then only the new answer is kept', () => {
    const message = fixture<MicrosoftGraph.Message>('message-received-reply');
    assert.equal(
      htmlToExcerpt(message.body),
      [
        'Hej Jens',
        'Tak for en god snak i går. Vi kan godt tage imod to kandidater til praktik i vores servicevogne fra uge 12 – gerne nogen med kørekort B.',
        'Kan I sende CV’er senest fredag? Så finder vi en dag til samtaler.',
        'Med venlig hilsen',
        'Mette Kjær',
        'Driftsleder | Nordlys VVS ApS',
        'Tlf. 12 34 56 78 · www.nordlys-vvs.dk',
      ].join('\n'),
    );
  });

  it("when Outlook's reply markers precede a header in a language the text rules do not know, then the markers alone cut the history", () => {
    const quoted =
      '<div id="divRplyFwdMsg" dir="ltr"><b>Från:</b> Jens Holm<br><b>Skickat:</b> den 2 mars 2026<br><b>Ämne:</b> Möte</div><div>Hej Mette, ses vi?</div>';
    assert.equal(
      htmlToExcerpt(html(`<div>Ja, vi ses.</div><div id="appendonsend"></div><hr tabindex="-1">${quoted}`)),
      'Ja, vi ses.',
    );
    assert.equal(htmlToExcerpt(html(`<div>Ja, vi ses.</div>${quoted}`)), 'Ja, vi ses.');
  });

  it('when classic Outlook writes the Danish "Fra: / Sendt:" header as paragraphs, then the history below is dropped', () => {
    const body = html(
      '<div class="WordSection1"><p class="MsoNormal">Tak, vi ses torsdag.</p><p class="MsoNormal">&nbsp;</p>' +
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
        '<p class="MsoNormal"><b>Fra:</b> Jens Holm &lt;jens.holm@fjordby.dk&gt; <br><b>Sendt:</b> 2. marts 2026 14:05<br>' +
        '<b>Til:</b> Mette Kjær &lt;mette.kjaer@nordlys-vvs.dk&gt;<br><b>Emne:</b> Møde</p></div>' +
        '<p class="MsoNormal">Skal vi mødes torsdag kl. 10?</p></div>',
    );
    assert.equal(htmlToExcerpt(body), 'Tak, vi ses torsdag.');
  });

  it('when a text body carries "-----Original Message-----" or quoted "> " lines, then they are dropped', () => {
    assert.equal(
      htmlToExcerpt(
        text('Fint, tak.\r\n\r\n-----Original Message-----\r\nFrom: Jens Holm\r\nSent: 2 March 2026\r\nHej'),
      ),
      'Fint, tak.',
    );
    assert.equal(htmlToExcerpt(text('Ja, det passer.\n> Passer mandag?\n> Jens')), 'Ja, det passer.');
  });

  it('when a bodyPreview runs an English "From: ... Sent: ..." header into one line, then the history is dropped', () => {
    const preview =
      'Sounds good, see you Monday. Regards Mette ________________________________ From: Jens Holm <jens.holm@fjordby.dk> Sent: 2 March 2026 14:05 To: Mette Kjær Subject: Visit';
    assert.equal(htmlToExcerpt(text(preview)), 'Sounds good, see you Monday. Regards Mette');
  });

  it('when a body mentions "Fra:" and "Dato:" without a whole reply header, then nothing is cut', () => {
    const plain = 'Tilbud fra: Nordlys VVS\nDato: 3. marts 2026\nPris: 12.000 kr.';
    assert.equal(htmlToExcerpt(text(plain)), plain);
  });

  it('when history is quoted in a blockquote or under a Gmail "Den ... skrev" line, then it is dropped', () => {
    assert.equal(
      htmlToExcerpt(html('<p>Ja tak.</p><blockquote type="cite"><p>Vil I have en praktikant?</p></blockquote>')),
      'Ja tak.',
    );
    assert.equal(
      htmlToExcerpt(
        html(
          '<div dir="ltr">Ja tak.</div><br><div class="gmail_quote"><div class="gmail_attr">Den tirs. 3. mar. 2026 kl. 10.12 skrev Jens Holm:</div><blockquote>Hej</blockquote></div>',
        ),
      ),
      'Ja tak.',
    );
    assert.equal(
      htmlToExcerpt(text('Ja tak.\n\nDen tirs. 3. mar. 2026 kl. 10.12 skrev Jens Holm <jens.holm@fjordby.dk>:\nHej')),
      'Ja tak.',
    );
  });

  it('when a body holds scripts, styles, images, comments, forms, hidden elements and javascript: links, then only the visible text remains, without tags', () => {
    const message = fixture<MicrosoftGraph.Message>('message-hostile');
    const excerpt = htmlToExcerpt(message.body);
    assert.equal(
      excerpt,
      [
        'Hej Jobcenter',
        'Vi søger 5 lagermedarbejdere. Læs mere her eller klik.',
        'Ring på 12 34 56 78 i dag · Venlig hilsen',
        'Kim Jensen',
        'Tvivlsom Rekruttering ApS',
      ].join('\n'),
    );
    assert.doesNotMatch(excerpt ?? '', TAG);
    assert.doesNotMatch(excerpt ?? '', /javascript|alert|cookie|skjult|tekst|kommentar/i);
  });

  it('when an email writes a tag as words (&lt;script&gt;), then it stays as harmless text for the UI to render as text', () => {
    assert.equal(
      htmlToExcerpt(html('<p>Skriv aldrig &lt;script&gt; i et felt</p>')),
      'Skriv aldrig <script> i et felt',
    );
    assert.equal(htmlToExcerpt(text('Brug <b> for fed')), 'Brug <b> for fed');
  });

  it('when entities, non-breaking spaces and ragged whitespace occur, then they are decoded and collapsed with paragraphs as single newlines', () => {
    const body = html(
      '<p>Bl&aring;b&aelig;r &amp;&nbsp;&nbsp;r&oslash;dgr&oslash;d &#8211; &quot;ja&quot;</p>\r\n\r\n<p>  Anden\t\tlinje  </p><br><br><br><div>Tredje</div>',
    );
    assert.equal(htmlToExcerpt(body), 'Blåbær & rødgrød – "ja"\nAnden linje\nTredje');
  });

  it('when control, zero-width and bidi-override characters are present, then they are removed', () => {
    assert.equal(
      htmlToExcerpt(text('Faktura\u202Efdp.exe\u202C er\u0000 betalt\u200B\u2066 i\u0007 dag\uFEFF')),
      'Fakturafdp.exe er betalt i dag',
    );
    assert.equal(htmlToExcerpt(html('<p>A&#x202E;B&#x200F;C&#0;</p>')), 'ABC\uFFFD');
  });

  it('when the text is longer than maxChars, then it is cut at a word boundary with an ellipsis within the bound', () => {
    const long = Array.from({ length: 400 }, (_, i) => `ord${i}`).join(' ');
    const excerpt = htmlToExcerpt(html(`<p>${long}</p>`), 100) ?? '';
    assert.ok(excerpt.length <= 100, `length ${excerpt.length}`);
    assert.ok(excerpt.endsWith('…'));
    const kept = excerpt.slice(0, -1);
    assert.ok(long.startsWith(kept) && long.charAt(kept.length) === ' ', 'cut between two words');

    const byDefault = htmlToExcerpt(html(`<p>${long.repeat(2)}</p>`)) ?? '';
    assert.ok(byDefault.length <= 2000 && byDefault.length > 1900);
  });

  it('when a single word is longer than maxChars, then it is cut inside the word rather than dropped', () => {
    assert.equal(truncateAtWord('https://nordlys-vvs.dk/' + 'x'.repeat(200), 20), 'https://nordlys-vvs…');
    assert.equal(truncateAtWord('kort', 20), 'kort');
    assert.equal(truncateAtWord('😀😀😀😀', 4), '😀…');
  });

  it('when a meeting invitation carries the Teams join block, then the block (and its passcode) is dropped', () => {
    const event = fixture<MicrosoftGraph.Event>('event-single-with-room');
    const excerpt = htmlToExcerpt(event.body) ?? '';
    assert.ok(excerpt.endsWith('Vi mødes i receptionen. Anne deltager online.'));
    assert.doesNotMatch(excerpt, /Adgangskode|Møde-id|Teams|____/);
  });

  const JOIN_URL =
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzBmYTNlYTYtNzhmOC00YzQ5%40thread.v2/0?context=%7b%22Tid%22%3a%225f1c3a7e%22%7d';
  const SECRETS =
    /323|735 728|291 633|161 095|384 219|Qm7xT2|r5XGga|Conference|konference|Møde-id|Meeting ID|Passcode|Adgangskode|meetup-join|dialin|tel:|Teams|____/i;

  it("when Microsoft's documented Teams invitation is read, as HTML or as its bodyPreview, then only the organiser's words remain", () => {
    const event = fixture<MicrosoftGraph.Event>('event-teams-online-meeting');
    for (const body of [event.body, text(event.bodyPreview ?? '')]) {
      const excerpt = htmlToExcerpt(body);
      assert.equal(excerpt, 'Does this time work for you?');
    }
  });

  it('when the classic Outlook layout has no separators and no Teams class, then the join lines still go and the text around stays', () => {
    const body = html(
      '<div class="WordSection1"><p class="MsoNormal">Agenda: status on the job fair.</p>' +
        `<p class="MsoNormal"><a href="${JOIN_URL}"><span>Join Microsoft Teams Meeting</span></a></p>` +
        '<p class="MsoNormal"><a href="tel:&#43;1%20323-849-4874,,73572842# "><span>&#43;1 323-849-4874</span></a><span>&nbsp; United States, Los Angeles (Toll)</span></p>' +
        '<p class="MsoNormal"><span>Conference ID: 735 728 42#</span></p>' +
        '<p class="MsoNormal"><a href="https://dialin.teams.microsoft.com/8551f4c1?id=73572842">Local numbers</a> | <a href="https://aka.ms/JoinTeamsMeeting">Learn more about Teams</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=1">Meeting options</a></p>' +
        '<p class="MsoNormal">Bring the stand material, please.</p></div>',
    );
    assert.equal(htmlToExcerpt(body), 'Agenda: status on the job fair.\nBring the stand material, please.');
  });

  it('when a plain-text invitation carries the newer English join block, then the block and its links go and the text after it stays', () => {
    const body = text(
      [
        'Agenda: review the internship places for the autumn.',
        '________________________________________________________________________________',
        'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>',
        `Join the meeting now<${JOIN_URL}>`,
        'Meeting ID: 352 626 921 425',
        'Passcode: r5XGga',
        '________________________________',
        'Dial in by phone',
        '+47 21 40 20 33,,161095966#<tel:+4721402033,,161095966> Norway, Oslo',
        'Find a local number<https://dialin.teams.microsoft.com/6608c65b?id=161095966>',
        'Phone conference ID: 161 095 966#',
        'Join with a video conferencing device',
        '123456789@t.plcm.vc',
        'Video Conference ID: 114 213 415 0',
        'For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=1> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>',
        '________________________________________________________________________________',
        'PS: Bring safety shoes for the tour.',
      ].join('\r\n'),
    );
    const excerpt = htmlToExcerpt(body) ?? '';
    assert.equal(excerpt, 'Agenda: review the internship places for the autumn.\nPS: Bring safety shoes for the tour.');
    assert.doesNotMatch(excerpt, SECRETS);
  });

  it('when a plain-text invitation carries the Danish join block, then the block goes', () => {
    const body = text(
      [
        'Hej Sara',
        'Vi tager en kort snak om jeres behov for sæsonmedarbejdere.',
        '________________________________________________________________________________',
        'Microsoft Teams-møde',
        'Deltag på computeren, mobilappen eller rumenheden',
        `Klik her for at deltage i mødet<${JOIN_URL}>`,
        'Møde-id: 384 219 607 512',
        'Adgangskode: Qm7xT2',
        'Hent Teams<https://www.microsoft.com/microsoft-teams/download-app> | Deltag på internettet<https://www.microsoft.com/microsoft-teams/join-a-meeting>',
        'Ring ind via telefon',
        '+45 32 72 66 19,,161095966#<tel:+4532726619,,161095966#> Danmark, København',
        'Telefonkonference-id: 161 095 966#',
        'Find et lokalt nummer<https://dialin.teams.microsoft.com/6608c65b?id=161095966> | Nulstil PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>',
        'Få mere at vide<https://aka.ms/JoinTeamsMeeting> | Mødeindstillinger<https://teams.microsoft.com/meetingOptions/?organizerId=1>',
        '________________________________________________________________________________',
      ].join('\n'),
    );
    const excerpt = htmlToExcerpt(body) ?? '';
    assert.equal(excerpt, 'Hej Sara\nVi tager en kort snak om jeres behov for sæsonmedarbejdere.');
    assert.doesNotMatch(excerpt, SECRETS);
  });

  it('when a bodyPreview runs the join block into the same line, then it is cut where the block starts', () => {
    const preview = `Vi ses torsdag. ________________________________ Microsoft Teams-møde Deltag på computeren Klik her for at deltage i mødet Møde-id: 384 219 607 512 Adgangskode: Qm7xT2`;
    assert.equal(htmlToExcerpt(text(preview)), 'Vi ses torsdag.');
  });

  it('when a Teams join link stands in ordinary text, HTML or plain, then the link goes and the sentence stays', () => {
    assert.equal(
      htmlToExcerpt(text(`Vi mødes online her: ${JOIN_URL} – husk dagsordenen.`)),
      'Vi mødes online her: – husk dagsordenen.',
    );
    assert.equal(
      htmlToExcerpt(text(`Linket<${JOIN_URL}> kommer også i kalenderen.`)),
      'Linket kommer også i kalenderen.',
    );
    assert.equal(
      htmlToExcerpt(html(`<p>Linket er <a href="${JOIN_URL}">${JOIN_URL}</a></p><p>Vi ses.</p>`)),
      'Linket er\nVi ses.',
    );
    assert.equal(htmlToExcerpt(text(`${JOIN_URL}\nVi ses.`)), 'Vi ses.');
  });

  it('when an email lists phone numbers and "Learn more" lines without any Teams block, then nothing is taken out', () => {
    const plain =
      'Ring på +45 12 34 56 78 i dag\n+45 87 65 43 21\nLearn more about our apprenticeships\nSe https://teams.example.dk/plan';
    assert.equal(htmlToExcerpt(text(plain)), plain);
  });

  it('when the HTML is nested absurdly deep, then the converter neither throws nor returns markup', () => {
    const deep = '<div>'.repeat(50_000) + 'dybt' + '</div>'.repeat(50_000);
    assert.equal(htmlToExcerpt(html(`<p>Top</p>${deep}`)), 'Top');
  });
});
