/** The privacy statement and terms the app package links to (Teams requires both URLs). */
const PAGE = (title: string, body: string) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Kontaktspor</title>
<style>body{font:16px/1.5 "Segoe UI",system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#242424}h1{font-size:1.6rem}.en{color:#616161;font-size:.92rem}</style>
</head><body>${body}</body></html>`;

export function renderPrivacyPage(): string {
  return PAGE(
    'Privatlivspolitik',
    `<h1>Privatlivspolitik for Kontaktspor</h1>
<p>Kontaktspor gemmer jobcentrets kontakter med virksomheder: hvem der kontaktede hvilken virksomhed, hvornår, om hvilket emne, og et resumé skrevet eller godkendt af medarbejderen. Navne og arbejdsadresser på virksomhedernes kontaktpersoner er personoplysninger med lav risiko.</p>
<p>Borgeres oplysninger hører ikke hjemme her: CPR-numre fjernes, før noget gemmes, ord om helbred får Kontaktspor til at foreslå kun metadata, og kanalbeskeder bærer ingen borgerdata. Hver læsning, søgning og ændring logges med hvem og hvornår, og loggen slettes efter den periode, kommunen har fastsat.</p>
<p>Kommunen er dataansvarlig. Spørgsmål og anmodninger om indsigt eller sletning rettes til kommunens databeskyttelsesrådgiver.</p>
<p class="en">Kontaktspor stores the jobcenter's contacts with companies. CPR numbers are removed before anything is stored; every read, search and change is logged and the log is deleted after the municipality's retention period. The municipality is the data controller.</p>`,
  );
}

export function renderTermsPage(): string {
  return PAGE(
    'Vilkår',
    `<h1>Vilkår for brug af Kontaktspor</h1>
<p>Kontaktspor er kommunens interne værktøj til virksomhedskontakter og må kun bruges af kommunens medarbejdere i deres arbejde. Sagsmateriale hører til i kommunens sagssystem (journaliseringspligt); den fælles historik er virksomhedskontakt, ikke en sagsakt.</p>
<p class="en">Kontaktspor is the municipality's internal tool for company contacts, for its staff's work only. Case material belongs in the case system; the shared history is company contact, not a case file.</p>`,
  );
}
