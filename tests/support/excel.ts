import ExcelJS from "exceljs";

/** An .xlsx read back as its sheets: each sheet's name and its rows of cell values (row 1 first). */
export async function readWorkbook(body: ArrayBuffer | Uint8Array): Promise<{ title: string; rows: unknown[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { title: sheet.name, rows };
  });
}
