import type { ReportTable } from "../reports/tables";

/**
 * The data tables of a staff report (app/reports/tables.ts), the same ones its Excel export writes.
 * A wide table scrolls sideways inside its frame on a phone; the frame is a named, focusable region
 * so keyboard users can scroll it too.
 */
export function ReportTables({ tables }: { tables: readonly ReportTable[] }) {
  return (
    <>
      {tables.map((table) => (
        <section key={table.id} aria-labelledby={`table-${table.id}`}>
          <h2 id={`table-${table.id}`}>{table.title}</h2>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to be scrolled by keyboard */}
          <div className="table-wrap" role="region" aria-labelledby={`table-${table.id}`} tabIndex={0}>
            <table className="data" data-testid={`report-table-${table.id}`}>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) =>
                      c === 0 ? (
                        <th key={c} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={c}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
