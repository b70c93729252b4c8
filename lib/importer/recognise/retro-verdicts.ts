// "Pair-programming på fredagar: fortsätter, alla nöjda", "Minska WIP till 3: fungerade inte, tar upp
// igen i januari", "Async standups: keep, everyone likes them": a retro's review of what it tried last
// time names the experiment, a colon, then the verdict — keep it, stop it, it worked, it did not. That
// is an outcome recorded, not work to do; a careful reader takes no item from it. The verdict must be
// the whole first clause after the colon: "Deploys: keep the old config and migrate the rest" asks for
// work and stays an entry.

/** Keep / continue / stop / it worked / it did not, as retros write them, in several languages. */
const VERDICT = [
  "keep(?: it| doing it)?", "keeping it", "continue[sd]?", "continuing", "stop(?:ped)?", "dropped?", "worked(?: well)?", "works(?: well)?", "didn't work", "did not work", "doesn't work", "not working",
  "fortsätter", "behåller(?: vi)?", "behålls", "slutar", "fungerade(?: inte| bra)?", "fungerar(?: inte| bra)?", "funkade(?: inte| bra)?", "funkar(?: inte| bra)?", "lades ner", // sv
  "fortsetter", "fortsætter", "beholder(?: vi)?", "fungerte(?: ikke| bra)?", "fungerede(?: ikke| godt)?", "virket(?: ikke)?", "virkede(?: ikke)?", // no, da
  "wird fortgesetzt", "beibehalten", "behalten", "hat funktioniert", "hat nicht funktioniert", "funktioniert(?: nicht| gut)?", "weiter so", "eingestellt", // de
  "on continue", "on garde", "conservé", "ça marche", "a marché", "n'a pas marché", "fonctionne(?: pas| bien)?", "abandonné", // fr
  "continúa", "seguimos", "lo mantenemos", "mantenemos", "funcionó(?: bien)?", "no funcionó", // es
  "continua", "mantemos", "funcionou(?: bem)?", "não funcionou", // pt
  "gaat door", "behouden", "werkte(?: niet| goed)?", "werkt(?: niet| goed)?", // nl
  "kontynuujemy", "zostaje", "zadziałało", "nie zadziałało", "działa(?: dobrze)?", "nie działa", // pl
  "продолжаем", "оставляем", "сработало", "не сработало", "работает", "не работает", // ru
].join("|");
const VERDICT_ENTRY = new RegExp(`^[^:：]{2,80}[:：]\\s+(?:${VERDICT})(?:\\s*[,;.!]|\\s*$)`, "iu");

/** Whether a list entry is a retro's verdict on something it tried ("Topic: keep, everyone happy"). */
export const isRetroVerdict = (title: string): boolean => VERDICT_ENTRY.test(title.trim());
