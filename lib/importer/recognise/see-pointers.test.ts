import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { seePointer } from "./see-pointers";

describe("a 'see …' parenthesis points elsewhere", () => {
  it("is a remark, and names the file it points at", () => {
    expect(seePointer("см. дамп в `/var/tmp/heap-1203.hprof`")).toEqual({ file: "/var/tmp/heap-1203.hprof" });
    expect(seePointer("siehe Protokoll in logs/deploy.txt")).toEqual({ file: "logs/deploy.txt" });
    expect(seePointer("zie ticket bij de leverancier")).toEqual({ file: null });
    expect(seePointer("див. звіт аудиту")).toEqual({ file: null });
  });

  it("takes nothing that does not open with the word, or runs on as a sentence", () => {
    expect(seePointer("verificare il dump")).toBeNull();
    expect(seePointer("seed the database")).toBeNull();
    expect(seePointer("/var/tmp/heap.hprof")).toBeNull();
    expect(seePointer("см. как мы это делали в прошлом году на старом кластере и повторить")).toBeNull();
  });

  it("comes off the title; the file goes to the item's files", () => {
    const md = "## Открытые задачи\n\n- [ ] Разобраться, почему `ingest-worker` течёт по памяти (см. дамп в `/var/tmp/heap-1203.hprof`)\n";
    const [item] = parsePlan(md).items;
    expect(item!.title).toBe("Разобраться, почему ingest-worker течёт по памяти");
    expect(item!.checklist.filter((e) => e.kind === "file").map((e) => e.text)).toEqual(["/var/tmp/heap-1203.hprof"]);
  });
});
