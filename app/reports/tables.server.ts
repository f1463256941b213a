/**
 * A workbook written from the tables a report page shows (app/programmes/report.ts ReportTable): one
 * sheet per table, its heading row then its rows, shares as numbers with a percent format. Writing
 * the file from the page's own tables is what keeps "Excel equal to the page". Streams like the
 * destinations export (app/reports/export.server.ts).
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { ReportTable } from "../programmes/report";

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]; names must be unique. */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  taken.add(name);
  return name;
}

export function tablesWorkbook(tables: readonly ReportTable[]) {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.head.map((header, index) => ({
      header,
      width: index === 0 ? 24 : Math.max(10, header.length * 2),
    }));
    for (const row of table.rows) {
      const added = sheet.addRow([
        row.label,
        ...row.cells.map((cell) => (typeof cell === "object" ? (cell.share ?? "—") : cell)),
      ]);
      row.cells.forEach((cell, index) => {
        if (typeof cell === "object" && cell.share !== null) added.getCell(index + 2).numFmt = "0.0%";
      });
      added.commit();
    }
    sheet.commit();
  }
  workbook
    .commit()
    .catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
