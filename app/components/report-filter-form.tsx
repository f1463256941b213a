import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../i18n/use-t";
import { FilterSelect, type FilterOption } from "./list-page";

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

/**
 * The college filter of a staff report. Staff of the whole school pick one college or all of them;
 * college staff only ever see their own college (the loader holds them to it), so the select shows
 * it, disabled, without the "all colleges" choice.
 */
export function ReportCollegeFilter({
  id,
  label,
  canPick,
  defaultValue,
  options,
}: {
  id?: string;
  label: string;
  canPick: boolean;
  defaultValue: number | null;
  options: ReadonlyArray<FilterOption>;
}) {
  const t = useT();
  return (
    <FilterSelect
      id={id}
      name="college"
      label={label}
      all={canPick ? t("report.allColleges") : undefined}
      disabled={!canPick}
      defaultValue={defaultValue}
      options={options}
    />
  );
}
