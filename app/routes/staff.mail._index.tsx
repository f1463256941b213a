import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { Pager } from "../components/pager";
import { DataTable } from "../components/list-page";
import { listLocalMail, outboxQueueStats, permanentMailFailures } from "../outbox/mailbox.server";
import { getMailer } from "../services.server";
import { formatSchoolDateTime } from "../time";
import { pageTitle } from "../i18n/title";

export const meta = pageTitle("mail.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSchoolScope(request, "mail:read-local");
  const page = Math.max(1, Number(new URL(request.url).searchParams.get("page")) || 1);
  const db = await getDb();
  const [mail, queue, failures] = await Promise.all([
    listLocalMail(db, page),
    outboxQueueStats(db),
    permanentMailFailures(db),
  ]);
  return { ...mail, queue, failures, page, transport: getMailer().kind };
}

export default function StaffMail() {
  const { rows, total, queue, failures, page, transport } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / 30));
  return (
    <div className="page">
      <h1>{t("mail.title")}</h1>
      <p className="lead">
        {t("mail.lead")} {transport === "smtp" ? "(SMTP)" : null}
      </p>
      <p>
        {t("mail.queue")}:{" "}
        <span className="badge">
          {queue.pending} {t("mail.queue.pending")}
        </span>{" "}
        <span className="badge badge--warn">
          {queue.failing} {t("mail.queue.failing")}
        </span>
      </p>
      {failures.length > 0 ? (
        <section aria-labelledby="mail-failed">
          <h2 id="mail-failed">{t("mail.failed.title")}</h2>
          <p>{t("mail.failed.lead")}</p>
          <DataTable columns={[t("mail.sentAt"), t("mail.to"), t("mail.subject"), t("mail.failed.code")]}>
            {failures.map((failure) => (
              <tr key={failure.id}>
                <td>{failure.at ? formatSchoolDateTime(failure.at, locale) : ""}</td>
                <td>{failure.to}</td>
                <td>{failure.subject}</td>
                <td>{failure.code}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("mail.empty")}</p>
      ) : (
        <DataTable columns={[t("mail.sentAt"), t("mail.to"), t("mail.subject")]}>
          {rows.map((mail) => (
            <tr key={mail.id}>
              <td>{formatSchoolDateTime(mail.createdAt, locale)}</td>
              <td>{mail.recipients}</td>
              <td>
                <Link to={`/staff/mail/${mail.id}`}>{mail.subject}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={page} pages={pages} href={(n) => `?page=${n}`} />
    </div>
  );
}
