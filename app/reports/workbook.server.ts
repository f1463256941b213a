import type { Readable } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import ExcelJS from "exceljs";
import { privateFile } from "../http.server";
import { NO_VALUE, type Cell } from "./tables";

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rule). */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

/** A cell of a sheet: text and numbers as they are, or a share (0 to 1) that Excel shows as a percentage. */
export type WorkbookCell = Cell | { share: number | null };

/** What a sheet is written from: the tables of app/reports/tables.ts, and the funnel report's with its shares. */
export interface WorkbookTable {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly WorkbookCell[])[];
}

/** A share stays a number (staff can compute with it); an unknown one reads as a dash, as on the page. */
const valueOf = (cell: WorkbookCell | undefined) => (typeof cell === "object" ? (cell.share ?? NO_VALUE) : cell);

/**
 * One worksheet per table, its first row the column titles (bold, frozen), then the rows as the
 * page shows them: numbers stay numbers, so staff can sum them, and shares carry a percent format.
 * Used by the fair report, the season summary, the talk report and the programme funnel report.
 */
export async function tablesWorkbook(tables: readonly WorkbookTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map(valueOf));
      row.forEach((cell, i) => {
        if (typeof cell === "object" && cell.share !== null) added.getCell(i + 1).numFmt = "0.0%";
      });
    }
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(
        ...[table.columns[i], ...table.rows.map((r) => valueOf(r[i]))].map((v) => String(v ?? "").length),
      );
      column.width = Math.min(60, Math.max(10, widest * 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The answer of every .xlsx route: a private download (app/http.server.ts), its ASCII name and the
 * name staff read. A workbook written as it goes (the destination export, the enlistment desk list)
 * is passed as its stream and sent while it is written.
 */
export function xlsxResponse(body: Buffer | Readable, filename: string, readableName: string): Response {
  return privateFile(Buffer.isBuffer(body) ? body : createReadableStreamFromReadable(body), {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename,
    readableName,
  });
}
