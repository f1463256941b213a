import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { translate } from "../i18n/messages";
import { tablesWorkbook, xlsxResponse } from "../reports/workbook.server";
import { talkReportTables } from "../talks/report";
import { talkReport } from "../talks/talks.server";

/** The talk's sign-ups and attendance as Excel: the page's tables, in the reader's language (the view is audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const report = await orDeny(talkReport(await getDb(), staffActor(user), id.data));
  const locale = resolveLocale(request, user.locale);
  const body = await tablesWorkbook(talkReportTables(report, (key, p) => translate(locale, key, p), locale));
  return xlsxResponse(
    body,
    `talk-${report.talk.id}.xlsx`,
    `${translate(locale, "talk.report.title")}-${report.talk.title}.xlsx`,
  );
}
