// The app's few date patterns, formatted from one cached Intl.DateTimeFormat per zone instead of
// date-fns on a TZDate. A backlog page prints ~100 instants (each due date and its tooltip), and
// TZDate recomputes the zone's offset through Intl for every field it reads: in a profile of the
// page that was ~3 ms of the server's ~45 ms per page. The output is identical to date-fns's
// (fast-pattern.test.ts compares both on random instants in awkward zones); a pattern with a token
// this file does not know returns null and the caller uses date-fns.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The wall-clock fields of an instant in a zone (years 1900–9999), and the zone's offset from UTC then (minutes). */
interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

// One formatter per zone (zones are validated before they get here, so the map stays small).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", era: "short" });
    if (formatters.size < 1000) formatters.set(zone, f);
  }
  return f;
}

// The same instants come back again and again (a row's due date and its tooltip; the same page
// for every reader), and Intl's formatToParts is the one slow step: remember recent answers.
// A pure function of (zone, instant), so sharing it between requests shows nobody anything new.
const recent = new Map<string, WallClock>();
const RECENT_MAX = 5000;

function wallClock(at: Date, zone: string): WallClock {
  const ms = at.getTime();
  if (zone === "UTC") return utcClock(ms);
  const key = `${zone} ${ms}`;
  const known = recent.get(key);
  if (known) return known;
  const fields: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(at)) fields[part.type] = part.value;
  const year = fields.era === "AD" || fields.era === "A" ? Number(fields.year) : Number.NaN;
  // Date.UTC reads years 0–99 as 1900–1999: set the year apart, so a wrong year cannot pass the 1900 check.
  const wallAsUtc = Date.UTC(2000, Number(fields.month) - 1, Number(fields.day), Number(fields.hour) % 24, Number(fields.minute), Number(fields.second));
  const wall = new Date(wallAsUtc);
  wall.setUTCFullYear(year);
  const clock = { ...utcClock(wall.getTime()), offsetMinutes: (wall.getTime() - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000 };
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(key, clock);
  return clock;
}

/** The fields of a UTC instant (also: of a wall-clock time written as if it were UTC). */
function utcClock(ms: number): WallClock {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay(), offsetMinutes: 0 };
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");
const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60), 2)}:${pad(Math.abs(minutes) % 60, 2)}`;

const TOKENS: Record<string, (w: WallClock) => string> = {
  d: (w) => String(w.day),
  dd: (w) => pad(w.day, 2),
  M: (w) => String(w.month),
  MM: (w) => pad(w.month, 2),
  MMM: (w) => MONTHS[w.month - 1]!.slice(0, 3),
  MMMM: (w) => MONTHS[w.month - 1]!,
  yyyy: (w) => pad(w.year, 4),
  HH: (w) => pad(w.hour, 2),
  mm: (w) => pad(w.minute, 2),
  ss: (w) => pad(w.second, 2),
  EEEE: (w) => WEEKDAYS[w.weekday]!,
  xxx: (w) => offsetText(w.offsetMinutes),
};

type Piece = string | ((w: WallClock) => string);
const compiled = new Map<string, Piece[] | null>();

/** A pattern as literal text and token functions; null when it holds a token this file does not format. */
function compile(pattern: string): Piece[] | null {
  if (compiled.has(pattern)) return compiled.get(pattern)!;
  const pieces: Piece[] = [];
  let ok = true;
  // Runs of one letter are tokens, '…' is literal text, anything else is itself ('' is left to date-fns).
  for (const m of pattern.matchAll(/'([^']+)'(?!')|([A-Za-z])\2*|[^A-Za-z']+|'/g)) {
    const [text, quoted] = m;
    if (quoted !== undefined) pieces.push(quoted);
    else if (/^[A-Za-z]/.test(text)) {
      const token = TOKENS[text];
      if (!token) ok = false;
      else pieces.push(token);
    } else if (text === "'") ok = false;
    else pieces.push(text);
  }
  const result = ok ? pieces : null;
  if (compiled.size < 200) compiled.set(pattern, result);
  return result;
}

/** `pattern` applied to `at` in `zone` (a zone Intl knows), or null when the pattern needs date-fns. */
export function formatFast(at: Date, zone: string, pattern: string): string | null {
  const pieces = compile(pattern);
  if (!pieces) return null;
  const w = wallClock(at, zone);
  // Before 1900 eras matter, and some zones kept offsets in seconds into the 1970s (Africa/Monrovia's
  // -00:44:30): those go to date-fns too, so the text is always what it prints.
  if (!(w.year >= 1900 && w.year <= 9999) || !Number.isInteger(w.offsetMinutes)) return null;
  let out = "";
  for (const piece of pieces) out += typeof piece === "string" ? piece : piece(w);
  return out;
}
