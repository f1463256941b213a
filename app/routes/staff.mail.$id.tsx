import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound } from "../http.server";
import { useT } from "../i18n/use-t";
import { getLocalMail } from "../outbox/mailbox.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSchoolScope(request, "mail:read-local");
  const id = Number(params.id);
  if (!Number.isSafeInteger(id)) notFound();
  const mail = await getLocalMail(await getDb(), id);
  if (!mail) notFound();
  return {
    id: mail.id,
    recipients: mail.recipients,
    subject: mail.subject,
    text: mail.text,
    hasHtml: Boolean(mail.html),
    createdAt: mail.createdAt,
  };
}

export default function StaffMailMessage() {
  const mail = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to="/staff/mail">← {t("mail.title")}</Link>
      </p>
      <h1>{mail.subject}</h1>
      <dl className="facts">
        <dt>{t("mail.to")}</dt>
        <dd>{mail.recipients}</dd>
      </dl>
      <div className="mail-body">{mail.text}</div>
      {mail.hasHtml ? (
        <p>
          <a href={`/staff/mail/${mail.id}/html`} target="_blank" rel="noreferrer">
            {t("mail.viewHtml")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
