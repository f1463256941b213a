import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, FieldError, SelectField, TextField } from "../components/form";
import { DataTable, FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { nameFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { advanceInterests, listFunnel } from "../programmes/funnel.server";
import { isProgrammeSlug, listProgrammes } from "../programmes/programmes.server";
import { StaffFunnelForm } from "../programmes/schema";
import { FUNNEL_EVENTS, funnelMachine } from "../programmes/states";
import { formatSchoolDateTime, schoolDate, yearOrSchoolYear } from "../time";
import { FUNNEL_STATES } from "../../vocabulary";

export const meta = pageTitle("funnel.staff.title");

function yearFrom(request: Request) {
  return yearOrSchoolYear(new URL(request.url).searchParams.get("year"));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const slug = params.slug;
  if (!isProgrammeSlug(slug)) notFound();
  const year = yearFrom(request);
  const db = await getDb();
  const funnel = await orDeny(listFunnel(db, staffActor(user), { slug, year }));
  // Every programme's funnel is one link away (the menu points at enlistment only).
  const all = (await listProgrammes(db, { today: schoolDate() })).map((p) => ({
    slug: p.slug,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
  }));
  return { slug, year, all, ...funnel };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const db = await getDb();
  return formAction(request, StaffFunnelForm, async ({ event, interestIds, enlistmentPlace, serviceProvince }) => {
    const destinationFields = {
      ...(enlistmentPlace ? { enlistmentPlace } : {}),
      ...(serviceProvince ? { serviceProvince } : {}),
    };
    const count = await advanceInterests(db, staffActor(user), { interestIds, event, destinationFields });
    return done("funnel.done.moved", { count });
  });
}

export default function StaffFunnel() {
  const { slug, year, all, programme: name, rows, counts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>
        {t("funnel.staff.title")} · {name ? nameFor(locale, name) : slug} · {t("programme.year", { year })}
      </h1>
      <p>
        <Link to={`/staff/reports/programmes?programme=${slug}&year=${year}`}>{t("funnelReport.link")}</Link>
      </p>
      <nav aria-label={t("funnel.staff.programmes")}>
        <ul>
          {all.map((p) => (
            <li key={p.slug}>
              <Link to={`/staff/programmes/${p.slug}?year=${year}`} aria-current={p.slug === slug ? "page" : undefined}>
                {nameFor(locale, p)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="table-wrap">
        <table className="data">
          <caption>{t("funnel.col.state")}</caption>
          <tbody>
            {FUNNEL_STATES.map((state) => (
              <tr key={state}>
                <th scope="row">{t(funnelMachine.stateLabel(state))}</th>
                <td>{counts[state] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormOutcome result={result} />
      {rows.length === 0 ? (
        <p>{t("funnel.staff.none")}</p>
      ) : (
        <ActionForm id="advance" result={result}>
          <DataTable
            columns={[t("funnel.col.graduate"), t("funnel.col.state"), t("funnel.reference"), t("funnel.col.updated")]}
          >
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      name="interestIds"
                      value={row.id}
                      aria-label={t("funnel.staff.select", { name: row.name })}
                    />{" "}
                    {row.name}（{row.studentNo}）
                  </label>
                </td>
                <td>{t(funnelMachine.stateLabel(row.state))}</td>
                <td>{row.officialReference ?? "—"}</td>
                <td>{formatSchoolDateTime(row.updatedAt, locale)}</td>
              </tr>
            ))}
          </DataTable>
          <FieldError name="interestIds" />
          <SelectField
            name="event"
            label={t("funnel.staff.move")}
            options={FUNNEL_EVENTS.filter((event) =>
              funnelMachine.rows.some((r) => r.event === event && r.actors.includes("staff")),
            ).map((event) => ({ value: event, label: t(funnelMachine.eventLabel(event)) }))}
          />
          <TextField name="enlistmentPlace" label={t("funnel.staff.enlistmentPlace")} />
          <TextField name="serviceProvince" label={t("funnel.staff.serviceProvince")} />
          <button type="submit" className="button">
            {t("funnel.staff.apply")}
          </button>
        </ActionForm>
      )}
    </div>
  );
}
