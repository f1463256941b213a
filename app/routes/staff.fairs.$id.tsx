import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { FairFields } from "../components/fair-form";
import { ActionForm, TextAreaField } from "../components/form";
import { OneButtonForm } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { noShowStanding } from "../fairs/no-shows.server";
import {
  changeFairStatus,
  decideBooth,
  getFairForStaff,
  promoteRegistration,
  requireFairInScope,
  updateFair,
} from "../fairs/fairs.server";
import { StaffFairForm } from "../fairs/schema";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { nameFor } from "../i18n/names";
import { resolveLocale } from "../i18n/locale.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";
import { schoolDate, schoolYear } from "../time";

export const meta = pageTitle("fair.staff.title");

function fairIdFrom(params: { id?: string }) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const db = await getDb();
  const view = await orDeny(getFairForStaff(db, staffActor(user), fairIdFrom(params)));
  const locale = resolveLocale(request, user.locale);
  const year = schoolYear();
  return {
    fair: view.fair,
    booths: await Promise.all(
      view.booths.map(async (b) => {
        const standing = await noShowStanding(db, b.booth.employerId);
        return {
          id: b.booth.id,
          employerName: b.employerName,
          status: b.booth.status,
          reason: b.booth.decisionReason,
          noShow: b.booth.noShowAt !== null,
          noShows: standing.noShows.length,
          barredUntil: standing.barredUntil ? schoolDate(standing.barredUntil) : null,
        };
      }),
    ),
    waitlist: view.waitlist,
    registered: view.registered,
    events: view.events,
    colleges: (await listColleges(db)).map((c) => ({ id: c.id, name: nameFor(locale, c) })),
    fixedCollegeId: user.scope.kind === "college" ? user.scope.collegeId : null,
    cohorts: [year - 1, year, year + 1, year + 2],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const db = await getDb();
  const actor = staffActor(user);
  const fairId = fairIdFrom(params);
  await orDeny(requireFairInScope(db, actor, fairId));
  const status = async (event: "open_to_employers" | "open_to_graduates" | "go_live" | "close") => {
    await changeFairStatus(db, actor, { fairId, event });
    return done("fair.done.status");
  };
  return formAction(request, StaffFairForm, {
    edit: async ({ intent: _intent, ...input }) => {
      await updateFair(db, actor, { ...input, fairId });
      return done("fair.done.saved");
    },
    open_to_employers: () => status("open_to_employers"),
    open_to_graduates: () => status("open_to_graduates"),
    go_live: () => status("go_live"),
    close: () => status("close"),
    approve: async ({ boothId }) => {
      await decideBooth(db, actor, { boothId, decision: "approve" });
      return done("fair.done.approved");
    },
    decline: async ({ boothId, reason }) => {
      await decideBooth(db, actor, { boothId, decision: "decline", reason });
      return done("fair.done.declined");
    },
    promote: async ({ registrationId }) => {
      await promoteRegistration(db, actor, { registrationId });
      return done("fair.done.promoted");
    },
  });
}

export default function StaffFairPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fair } = data;
  return (
    <main id="main">
      <p>
        <Link to="/staff/fairs">{t("fair.staff.title")}</Link>
      </p>
      <h1>{fair.title}</h1>
      <p>
        <span className="badge">{t(`fair.state.${fair.status}`)}</span> ·{" "}
        {t("fair.registered.count", { count: data.registered })} ·{" "}
        <Link to={`/fairs/${fair.id}`}>/fairs/{fair.id}</Link> ·{" "}
        <Link to={`/staff/fairs/${fair.id}/report`}>{t("fair.staff.report")}</Link>
      </p>
      <FormOutcome result={result} />
      {data.events.length > 0 ? (
        <ActionForm id="status" result={result}>
          {data.events.map((event) => (
            <button key={event} type="submit" name="intent" value={event} className="button">
              {t(`fair.event.${event}`)}
            </button>
          ))}
        </ActionForm>
      ) : null}

      <h2>{t("fair.staff.booths")}</h2>
      <ul className="cards">
        {data.booths.map((booth) => (
          <li key={booth.id} className="card">
            <h3>
              {booth.employerName} · {t(`fairBooth.state.${booth.status}`)}
            </h3>
            {booth.reason ? <p>{booth.reason}</p> : null}
            {booth.noShow ? <p className="badge">{t("fair.staff.noShow")}</p> : null}
            {booth.barredUntil ? (
              <p role="note">{t("fair.staff.barred", { count: booth.noShows, until: booth.barredUntil })}</p>
            ) : null}
            {booth.status === "applied" ? (
              <OneButtonForm
                intent="approve"
                result={result}
                name="boothId"
                value={booth.id}
                label={t("fairBooth.event.approve")}
                buttonClassName="button"
              />
            ) : null}
            {booth.status === "applied" || booth.status === "approved" ? (
              <OneButtonForm
                intent="decline"
                result={result}
                name="boothId"
                value={booth.id}
                label={t("fairBooth.event.decline")}
              >
                <TextAreaField name="reason" label={t("fair.staff.reason")} rows={2} />
              </OneButtonForm>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>{t("fair.staff.waitlist")}</h2>
      {data.waitlist.length === 0 ? <p>{t("fair.staff.waitlist.none")}</p> : null}
      <ol>
        {data.waitlist.map((row) => (
          <li key={row.id}>
            {row.name} · {row.studentNo}
            <OneButtonForm
              intent="promote"
              result={result}
              name="registrationId"
              value={row.id}
              label={t("fairRegistration.event.promote")}
            />
          </li>
        ))}
      </ol>

      {fair.status !== "closed" ? (
        <>
          <h2>{t("fair.staff.edit")}</h2>
          <ActionForm id="edit" intent="edit" result={result}>
            <FairFields
              values={fair}
              colleges={data.colleges}
              fixedCollegeId={data.fixedCollegeId}
              cohorts={data.cohorts}
            />
            <button type="submit" className="button">
              {t("fair.form.save")}
            </button>
          </ActionForm>
        </>
      ) : null}
    </main>
  );
}
