// "# Trip report: Cairngorms winter traverse", "# Tourenbericht Hochkönig", "# Récit de voyage": a
// report of a journey already made. Its kit list, its route day by day and its reflections recount
// the trip; no one is asked to do anything. As a document's title (or a section's heading) it makes
// the section notes, so the low-confidence second reading (context.ts: nearestKind) does not take
// the kit list or the route for work. Only the journey words: an "audit report" or a "status report"
// has findings and tasks to read.

const WORDS = [
  "trip report", "trip write-up", "trip writeup", "race report", "tour report", "hike report", "travel report", "travelogue", "travel diary", "trip diary",
  "reisebericht", "tourenbericht", "fahrtenbericht", "wanderbericht", "tourbericht",
  "récit de voyage", "compte rendu de sortie", "compte-rendu de sortie", "carnet de voyage",
  "relato de viaje", "crónica del viaje", "diario de viaje", "relazione di viaggio", "diario di viaggio", "resoconto della gita",
  "reisverslag", "tochtverslag", "turrapport", "resedagbok", "reiseberetning", "turberetning", "turrapport", "matkakertomus", "retkikertomus",
  "relacja z wyprawy", "relacja z wycieczki", "отчёт о походе", "отчет о походе", "звіт про похід", "cestopis", "zpráva z výpravy",
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The words opening the heading, then its end or a separator ("Trip report: …", "Tourenbericht Hochkönig"). */
const REPORT = new RegExp(`^(?:${[...new Set(WORDS)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "iu");

/** Whether a heading names a report of a journey already made (see above). */
export const namesTripReport = (heading: string): boolean =>
  REPORT.test(
    heading
      .slice(0, 200)
      .replace(/[*_`]/g, "")
      .replace(/^[^\p{L}]{0,12}/u, "")
      .trim(),
  );
