// Parentheses closing a title that say something about the work, not what it is, in shapes the
// other remark rules (title-parts.ts, remark-parens.ts, title-tails.ts) do not know:
//
//   - carried over from an earlier list: "(übernommen)", "(carried over twice, let's do it)",
//     "(перенесено)", "(持ち越し)" — the entry's history;
//   - done by an outside party: "(firma zewnętrzna)", "(external vendor)", "(Fremdfirma)",
//     "(prestataire externe)" — who does it;
//   - where the request came from, with the thing reported first: "(bug segnalato da 3
//     ristoranti)", "(feature requested by sales)", "(signalé par le support)" — why it is here.
//   - where the material lives, as an address: "(heap dump in s3://ops-dumps/wk48/)", "(Notizen
//     unter https://wiki.example/x)", "(flame graphs in perf/2026-11/)" (a folder, written with its
//     closing slash) — a pointer, like "(checklist in Notion)" (remark-parens.ts);
//   - an exclamation: "(not primary!)", "(notice period 3 months!)" — a warning said in passing,
//     in the writer's voice; what to do is not exclaimed — unless it opens with a verb of the work,
//     an instruction ("(test timezones!)", recognise/dash-asks.ts). ("(!!)" is a priority mark, read elsewhere.)
//
// A parenthesis that names a thing or a bound ("(external API)", "(CSV)", "(min 20)") stays.

import { opensWithWorkVerb } from "./dash-asks";

/** "carried over", "übernommen", "перенесено" ("reporté" is a state word, postponed: the status readers take it): the entry comes from an earlier list. */
const CARRIED =
  /^(?:carried[ -]over|carry[ -]over|rolled[ -]over|übernommen|übertragen|aus (?:dem )?letzte[nm]|arrastrad[oa]|trasladad[oa]|riportat[oa]|transportad[oa]|overgenomen|doorgeschoven|överförd|flyttad|przeniesion[ea]|перенесено|перенесена|перенесён|перенесено з|ertelendi|devredildi|持ち越し|繰り越し|顺延|延续|이월|chuyển tiếp|dipindahkan|הועבר|مرحّل|μεταφέρθηκε)(?![\p{L}])/iu;
/**
 * "(firma zewnętrzna)", "(external vendor)", "(Fremdfirma)": an outside party does the work. The
 * party word alone or beside "external"; "external API" is a thing, so a party noun is required.
 */
const PARTY = "(?:company|firm|vendor|contractor|supplier|agency|provider|firma|dienstleister|anbieter|entreprise|prestataire|société|empresa|proveedor|fornecedor|azienda|fornitore|bedrijf|leverancier|företag|leverantör|wykonawca|dostawca|компания|подрядчик|підрядник|firma|şirket|tedarikçi)";
const EXTERNAL = "(?:external|externe?r?|extern[oa]|esterna|esterno|zewnętrzn[ay]|внешн(?:ий|яя)|зовнішн(?:ій|я)|harici|dış)";
const OUTSIDE_PARTY = new RegExp(`^(?:${EXTERNAL}\\s+${PARTY}|${PARTY}\\s+${EXTERNAL}|fremdfirma|subcontractor|sous-traitant|subcontrata|subappaltatore|terceirizad[oa]|外部業者|外包|외주)$`, "iu");
/** "(bug segnalato da 3 ristoranti)", "(feature requested by sales)": a word, then reported/requested by someone. */
const REPORTED_BY =
  /^(?:\p{L}+\s+)?(?:reported by|requested by|raised by|asked by|segnalat[oa] da|richiest[oa] da|signalée? par|demandée? par|reportad[oa] por|solicitad[oa] por|pedid[oa] por|gemeldet von|gewünscht von|angefragt von|gemeld door|gevraagd door|zgłoszon[ey] przez|сообщил[аи]?|запрошено)\s+\S/iu;

/** A few words, a preposition of place, then an address with a scheme ("s3://…", "https://…"). */
const AT_ADDRESS = /^\p{L}[\p{L}\p{N} '-]{0,40}\s(?:in|at|on|im|auf|unter|dans|sur|en|em|na|w|в|на|op|i|på|su|nel)\s+(?:[a-z][a-z0-9+.-]{1,15}:\/\/\S+|[\w.-]+\/\S*\/)$/iu;
/**
 * Words, then one exclamation mark closing the parenthesis. A doubled one ("(it's 180 kB gz!!)") is
 * emphasis on why the work matters, like the "(!!)" priority marks, and stays with the title.
 */
const EXCLAIMED = /\p{L}{2}[^!]*[^!]!$/u;

/** True when a trailing parenthesis's inner text is one of the asides above. */
export function isAside(said: string): boolean {
  const t = said.trim();
  return CARRIED.test(t) || OUTSIDE_PARTY.test(t) || REPORTED_BY.test(t) || (EXCLAIMED.test(t) && !opensWithWorkVerb(t)) || AT_ADDRESS.test(t);
}
