// "— प्रधानाचार्य जी", "– الأستاذة هالة", "— 田中さん", "— Frau Weber", "— Pak Budi": a name or a role
// with an honorific is a person in every language that has them, whether or not the document names
// them anywhere else. A careful reader takes such a tail after a spaced dash for who does the entry
// (recognise/person-tail.ts), as "— Priya" is when Priya is on the attendee list.

/** Honorifics written before the name or role ("Dr. Lin", "الأستاذة هالة", "श्री वर्मा", "Pak Budi"). */
// Also Swahili "Bi." / "Bw." / "Mama", Polish "p." (pan, pani), Indonesian "Ust." (ustaz), Greek "κ." / "κα".
const BEFORE =
  /^(?:mr|mrs|ms|dr|prof|sr|sra|srta|herr|frau|mme|mlle|sig|sig\.ra|pak|bu|ibu|bapak|bi|bw|mama|ust|pan|pani|p(?=\.)|κ(?=\.)|κα|anh|chị|ông|bà|श्री|श्रीमती|सुश्री|डॉ|الأستاذة?|الأستاذ|السيدة?|الدكتورة?|المهندسة?)\.?\s+\S/iu;
/** Honorifics written after it ("वर्मा जी", "田中さん", "김 선생님", "Tanaka-san"). */
// Hindi kinship honorifics too ("सुनीता दीदी", "बिजली वाले भैया").
const AFTER = /(?:\sजी|\sसाहब|\sदीदी|\sभैया|\sभाई|\sआंटी|\sअंकल|さん|様|先生|くん|ちゃん|님|\s?씨|-san|-sensei)$/u;
const MAX_WORDS = 4;

/** Whether a short phrase is a person marked by an honorific. */
export function isHonoured(phrase: string): boolean {
  const t = phrase.trim();
  if (!t || t.length > 40 || t.split(/\s+/).length > MAX_WORDS) return false;
  return BEFORE.test(t) || AFTER.test(t);
}
