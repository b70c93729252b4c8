import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./attachment";

describe("attachmentDisposition", () => {
  it("names ASCII files plainly and others in both forms, so a header can always carry it", () => {
    expect(attachmentDisposition("disk-full.md")).toBe('attachment; filename="disk-full.md"');
    expect(attachmentDisposition("störung-im-zahlungsdienst.md")).toBe(`attachment; filename="st_rung-im-zahlungsdienst.md"; filename*=UTF-8''st%C3%B6rung-im-zahlungsdienst.md`);
    for (const name of ["ошибка-базы-данных.md", "データ.md", 'a"b\\c.md', "it's (1).md"]) {
      const value = attachmentDisposition(name);
      expect(() => new Headers({ "content-disposition": value })).not.toThrow();
      expect(value).toMatch(/^[\x20-\x7e]+$/);
      const ext = /filename\*=UTF-8''(.+)$/.exec(value);
      if (ext) expect(decodeURIComponent(ext[1]!)).toBe(name);
    }
  });
});
