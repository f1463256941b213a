import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../i18n/use-t";

/**
 * The filters of a staff report (`children`): a GET form that shows the report for the chosen
 * values, beside the link that downloads the same report as a workbook. The buttons' labels are
 * message keys, the destination reports' by default.
 */
export function ReportFilterForm({
  exportHref,
  showLabel = "report.show",
  exportLabel = "report.export",
  children,
}: {
  exportHref: string;
  showLabel?: string;
  exportLabel?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Form method="get" className="filters">
      {children}
      <button type="submit" className="button">
        {t(showLabel)}
      </button>
      <a className="button button--quiet" href={exportHref} download>
        {t(exportLabel)}
      </a>
    </Form>
  );
}
