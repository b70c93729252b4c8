import { describe, expect, it } from "vitest";
import { isAside } from "./aside-parens";
import { tidyTitle } from "./title-tails";

const title = (text: string) => tidyTitle(text, false, new Set()).title;

describe("aside parentheses: history, an outside party, where the request came from", () => {
  it("drops a carried-over remark in several languages", () => {
    expect(title("Testdaten aufräumen (übernommen)")).toBe("Testdaten aufräumen");
    expect(title("Fix the flaky e2e test (carried over from sprint 12)")).toBe("Fix the flaky e2e test");
    expect(title("Actualizar el manual (trasladado)")).toBe("Actualizar el manual");
    expect(title("Обновить README (перенесено)")).toBe("Обновить README");
  });

  it("drops an outside party doing the work", () => {
    expect(title("Wymienić okna w biurze (firma zewnętrzna)")).toBe("Wymienić okna w biurze");
    expect(title("Repaint the stairwell (external contractor)")).toBe("Repaint the stairwell");
    expect(title("Heizung warten (Fremdfirma)")).toBe("Heizung warten");
  });

  it("drops where a request came from, with the thing reported first", () => {
    expect(title("Correggere l'ordinamento (bug segnalato da 2 clienti)")).toBe("Correggere l'ordinamento");
    expect(title("Dark mode (feature requested by sales)")).toBe("Dark mode");
    expect(title("Corriger l'export (signalé par le support)")).toBe("Corriger l'export");
  });

  it("drops an exclamation said in passing, but not a priority mark", () => {
    expect(title("Add me to the on-call rotation (shadow only!)")).toBe("Add me to the on-call rotation");
    expect(title("Kündigung schicken (Frist beachten!)")).toBe("Kündigung schicken");
    expect(isAside("!!")).toBe(false);
    expect(title("Lazy load the chart library (it's 300 kB!!)")).toBe("Lazy load the chart library (it's 300 kB!!)");
  });

  it("keeps an exclamation that is an instruction of the work", () => {
    expect(title("Launch banner on the landing page (check dark mode!)")).toBe("Launch banner on the landing page (check dark mode!)");
    expect(isAside("test on Safari too!")).toBe(false);
  });

  it("drops a pointer to where the material lives, as an address", () => {
    expect(title("Find the memory leak (heap dump in s3://dumps/wk12/)")).toBe("Find the memory leak");
    expect(title("Protokoll nachtragen (Notizen unter https://wiki.example/retro)")).toBe("Protokoll nachtragen");
    expect(title("Mirror the bucket to gs://backup-eu")).toBe("Mirror the bucket to gs://backup-eu");
  });

  it("keeps a parenthesis that names a thing", () => {
    expect(isAside("external API")).toBe(false);
    expect(isAside("report")).toBe(false);
    expect(title("Switch billing to the new provider (external API)")).toBe("Switch billing to the new provider (external API)");
  });
});
