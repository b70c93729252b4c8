import { describe, expect, it } from "vitest";
import { fileColumn, fileOfCell } from "./file-columns";

// Rows written for this test.

describe("file columns", () => {
  it("are a column headed as files whose cells are paths", () => {
    expect(fileColumn(["task", "file"], [["Fix rounding", "`src/tax.py`"], ["Lock numbering", "src/numbering.py"]])).toBe(1);
    expect(fileOfCell("`src/tax.py`")).toBe("src/tax.py");
  });

  it("are not a 'File' column of words (a filing, a dossier)", () => {
    expect(fileColumn(["task", "file"], [["Renew lease", "Office"], ["Pay insurance", "Car"]])).toBe(-1);
    expect(fileColumn(["task", "area"], [["Fix rounding", "src/tax.py"], ["Lock", "src/n.py"]])).toBe(-1);
  });
});
