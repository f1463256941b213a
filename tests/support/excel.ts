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

/** Calls an .xlsx route's loader as Remix would and reads the workbook it answers with. */
export async function workbookFrom(
  loader: unknown,
  options: { path: string; cookie?: string; params?: Record<string, string> },
): Promise<{ status: number; contentType: string | null; sheets: { title: string; rows: unknown[][] }[] }> {
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  const request = new Request(`http://localhost${options.path}`, { headers });
  const response = (await (loader as (args: unknown) => Promise<Response>)({
    request,
    params: options.params ?? {},
    context: {},
  })) as Response;
  const contentType = response.headers.get("Content-Type");
  if (response.status !== 200) return { status: response.status, contentType, sheets: [] };
  return { status: 200, contentType, sheets: await readWorkbook(await response.arrayBuffer()) };
}

/** The tables a page shows (app/reports/tables.ts) as the rows a workbook holds: the header, then each row. */
export function asSheets(tables: { title: string; columns: string[]; rows: (string | number)[][] }[]) {
  return tables.map((table) => ({ title: table.title, rows: [table.columns, ...table.rows] }));
}
