import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EmailSchema } from "../auth/schema";
import { requireStaffScope } from "../auth/session.server";
import { ErrorSummary, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { addMemberByStaff, decideEmployer, getEmployerForStaff } from "../employers/employers.server";
import { domainFailure, forbidden, formFailure, formValues, notFound, parseForm } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "单位详情 · 就业" }];

function employerIdFrom(params: Record<string, string | undefined>) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const found = await getEmployerForStaff(await getDb(), employerIdFrom(params));
  if (!found) notFound();
  const { employer, signals, members, postingCounts } = found;
  return {
    employer: { ...employer, licenceFile: employer.licenceFile ? true : false },
    signals,
    members: members.map((m) => ({ displayName: m.displayName, email: m.email, isOwner: m.isOwner })),
    postingCounts,
    canDecide: user.scope.kind === "school",
  };
}

const DecideSchema = z.object({ intent: z.enum(["verify", "reject", "suspend", "reinstate", "add-member"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:decide");
  if (user.scope.kind !== "school") forbidden();
  const employerId = employerIdFrom(params);
  const form = await request.formData();
  const values = formValues(form);
  const intent = DecideSchema.safeParse(values);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const db = await getDb();
  try {
    if (intent.data.intent === "add-member") {
      const parsed = parseForm(z.object({ email: EmailSchema }), form);
      if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
      await addMemberByStaff(db, { employerId, email: parsed.data.email, staffUserId: user.id });
      return { ok: true as const };
    }
    await decideEmployer(db, {
      employerId,
      event: intent.data.intent,
      actor: "staff",
      actorUserId: user.id,
      reasons: String(form.get("reasons") ?? ""),
    });
    return { ok: true as const };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function StaffEmployer() {
  const { employer, signals, members, postingCounts, canDecide } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <p>
        <Link to="/staff/employers">← {t("employer.list.title")}</Link>
      </p>
      <h1>{employer.name}</h1>
      <p>
        {t("employer.status")}：
        <span className="badge" data-testid="employer-status">
          {t(`employer.status.${employer.status}`)}
        </span>
      </p>
      {result?.ok ? (
        <p className="notice" role="status">
          {t("vetting.decided")}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <div className="split">
        <dl className="facts">
          <dt>{t("employer.creditCode")}</dt>
          <dd>
            <code>{employer.creditCode}</code>
          </dd>
          <dt>{t("employer.type")}</dt>
          <dd>{t(`employer.type.${employer.type}`)}</dd>
          <dt>{t("employer.industry")}</dt>
          <dd>{employer.industry}</dd>
          <dt>{t("employer.address")}</dt>
          <dd>
            {employer.province} {employer.city} {employer.address}
          </dd>
          <dt>{t("employer.website")}</dt>
          <dd>{employer.website ?? "—"}</dd>
          <dt>{t("employer.contactEmail")}</dt>
          <dd>{employer.contactEmail}</dd>
          <dt>{t("employer.contactPhone")}</dt>
          <dd>{employer.contactPhone}</dd>
          <dt>{t("employer.hrLicenceNo")}</dt>
          <dd>{employer.hrLicenceNo ?? "—"}</dd>
          <dt>{t("employer.description")}</dt>
          <dd className="prewrap">{employer.description || "—"}</dd>
          <dt>{t("employer.licence")}</dt>
          <dd>
            {employer.licenceFile ? (
              <a href={`/staff/employers/${employer.id}/licence`}>{t("employer.licence.download")}</a>
            ) : (
              "—"
            )}
          </dd>
          {employer.statusReasons ? (
            <>
              <dt>{t("posting.reasons")}</dt>
              <dd>{employer.statusReasons}</dd>
            </>
          ) : null}
        </dl>
        <aside>
          <h2>{t("employer.trust")}</h2>
          <ul className="flags">
            {signals.map((signal) => (
              <li
                key={signal.id}
                className={`flag flag--${signal.tone === "bad" ? "block" : "warn"}`}
                data-signal={signal.id}
              >
                <span
                  className={
                    signal.tone === "good"
                      ? "badge badge--ok"
                      : signal.tone === "bad"
                        ? "badge badge--bad"
                        : "badge badge--warn"
                  }
                >
                  {signal.tone === "good" ? "✓" : "!"}
                </span>{" "}
                {locale === "en" ? signal.message.en : signal.message.zh}
              </li>
            ))}
          </ul>
          <h2>{t("employer.postings")}</h2>
          <ul>
            {postingCounts.map((c) => (
              <li key={c.status}>
                {t(`posting.status.${c.status}`)}：{c.n}
              </li>
            ))}
          </ul>
        </aside>
      </div>
      {canDecide ? (
        <section className="card" aria-labelledby="decide">
          <h2 id="decide">{t("employer.status")}</h2>
          <Form method="post" noValidate>
            <TextAreaField name="reasons" label={t("vetting.reasons")} result={result} rows={3} />
            <div className="actions">
              {employer.status === "pending" ? (
                <>
                  <button className="button" name="intent" value="verify">
                    {t("employer.decide.verify")}
                  </button>
                  <button className="button button--quiet" name="intent" value="reject">
                    {t("employer.decide.reject")}
                  </button>
                </>
              ) : null}
              {employer.status === "verified" ? (
                <button className="button button--quiet" name="intent" value="suspend">
                  {t("employer.decide.suspend")}
                </button>
              ) : null}
              {employer.status === "suspended" ? (
                <button className="button" name="intent" value="reinstate">
                  {t("employer.decide.reinstate")}
                </button>
              ) : null}
            </div>
          </Form>
        </section>
      ) : null}
      <h2>{t("employer.members")}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.email}>
            {m.displayName} · {m.email}
          </li>
        ))}
      </ul>
      {canDecide ? (
        <Form method="post" noValidate className="card">
          <TextField name="email" type="email" label={t("employer.addMember")} result={result} />
          <button className="button" name="intent" value="add-member">
            {t("employer.invite.submit")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
