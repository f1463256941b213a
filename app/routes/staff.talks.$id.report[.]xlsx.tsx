import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { translate } from "../i18n/messages";
import { talkReport, talkReportWorkbook } from "../talks/talks.server";

/** The talk's sign-ups and attendance as Excel, in the reader's language (the view is audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "talk:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const report = await orDeny(talkReport(await getDb(), staffActor(user), id.data));
  const locale = resolveLocale(request, user.locale);
  const t = (key: string) => translate(locale, key);
  const body = await talkReportWorkbook(report, {
    summary: t("talk.report.sheet.summary"),
    graduates: t("talk.report.list"),
    headers: {
      name: t("talk.report.name"),
      studentNo: t("talk.report.studentNo"),
      college: t("talk.report.college"),
      signedUp: t("talk.report.signedUp"),
      attended: t("talk.report.attended"),
      method: t("talk.report.method"),
      at: t("talk.report.at"),
    },
    counts: {
      signedUp: t("talk.report.signedUp"),
      attended: t("talk.report.attended"),
      walkIns: t("talk.report.walkIns"),
    },
    yes: t("talk.report.yes"),
    no: t("talk.report.no"),
    methods: {
      qr: t("talk.attendance.qr"),
      staff: t("talk.attendance.staff"),
      online: t("talk.attendance.online"),
    },
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="talk-${report.talk.id}.xlsx"`,
    },
  });
}
