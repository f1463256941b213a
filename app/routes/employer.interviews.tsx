import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { actingAs } from "../auth/actor";
import { requirePermission } from "../auth/session.server";
import { CancelInterviewForm, InterviewCard, RescheduleInterviewForm } from "../components/interview-slots";
import { ActionForm, ErrorSummary, FieldError, SelectField, TextField } from "../components/form";
import { HeldOrNoShowForm } from "../components/one-button-form";
import { getDb } from "../db.server";
import { DomainError, firstKey } from "../errors";
import { done, formAction } from "../forms/action.server";
import { fieldIds } from "../forms/result";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { serializeRows, sharedInterviewHandlers } from "../interviews/forms.server";
import {
  applicationForProposal,
  applicationsToInvite,
  listForEmployer,
  proposeInterview,
  recordOutcome,
} from "../interviews/interviews.server";
import { EmployerInterviewForm } from "../interviews/schema";

export const meta = pageTitle("interview.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "applicant:manage-own");
  const db = await getDb();
  const actor = { userId: user.id };
  // The application picked in the applicant pipeline (?application=…), if it is this employer's.
  const picked = z.uuid().safeParse(new URL(request.url).searchParams.get("application"));
  const chosen = picked.success ? await applicationForProposal(db, actor, picked.data) : null;
  try {
    const rows = serializeRows(await listForEmployer(db, actor));
    return { rows, chosen, invitable: await applicationsToInvite(db, actor) };
  } catch (error) {
    // A refusal (no employer membership yet) becomes an empty page; anything else is unexpected
    // and goes to the error page, never to the client as text.
    if (!(error instanceof DomainError)) throw error;
    return { rows: [], chosen, invitable: [], error: firstKey(error) };
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "applicant:manage-own");
  const db = await getDb();
  const actor = { userId: user.id };
  const outcome = async ({ intent, interviewId }: { intent: "completed" | "no_show"; interviewId: string }) => {
    await recordOutcome(db, actor, { interviewId, outcome: intent });
    return { ...done("interview.done.outcome"), id: interviewId };
  };
  return formAction(request, EmployerInterviewForm, {
    propose: async ({ intent: _intent, ...data }) => {
      const row = await proposeInterview(db, actor, { data });
      return { ...done("interview.done.proposed"), id: row.id };
    },
    ...sharedInterviewHandlers(db, actingAs("employer", actor)),
    completed: outcome,
    no_show: outcome,
  });
}

export default function EmployerInterviews() {
  const { rows, chosen, invitable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t("interview.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status" tabIndex={-1} ref={(node) => node?.focus()}>
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <section className="card" aria-labelledby="propose-title">
        <h2 id="propose-title">{t("interview.propose.title")}</h2>
        {chosen ? (
          <p data-testid="chosen-application">
            {t("interview.arrange.for", { name: chosen.name, posting: chosen.posting })}
          </p>
        ) : null}
        {invitable.length === 0 ? (
          <p className="empty">{t("interview.application.none")}</p>
        ) : (
          // Remounted after each invitation sent, so the form is empty again.
          <ActionForm id="propose" intent="propose" result={result} key={result && result.ok ? result.id : "propose"}>
            <SelectField
              name="applicationId"
              label={t("interview.application")}
              options={invitable.map((a) => ({
                value: a.id,
                label: t("interview.application.option", { name: a.name, posting: a.posting }),
              }))}
              defaultValue={chosen?.id}
            />
            <SelectField
              name="mode"
              label={t("interview.mode")}
              options={(["video", "phone", "onsite"] as const).map((m) => ({
                value: m,
                label: t(`interview.mode.${m}`),
              }))}
            />
            <TextField name="location" label={t("interview.location")} required />
            {/* The first slot carries the list's id, so the error summary's link lands on it. */}
            <TextField
              name="slot"
              id={fieldIds("propose", "slots").id}
              type="datetime-local"
              label={t("interview.slot.option", { n: 1 })}
              required
            />
            <TextField
              name="slot"
              id="propose-slot-2"
              type="datetime-local"
              label={t("interview.slot.option", { n: 2 })}
            />
            <TextField
              name="slot"
              id="propose-slot-3"
              type="datetime-local"
              label={t("interview.slot.option", { n: 3 })}
            />
            <FieldError name="slots" />
            <TextField name="minutes" type="number" label={t("interview.slot.minutes")} defaultValue="30" />
            <button type="submit">{t("interview.propose.submit")}</button>
          </ActionForm>
        )}
      </section>
      <h2>{t("interview.list.title")}</h2>
      {rows.length === 0 ? <p>{t("interview.none")}</p> : null}
      {rows.map((r) => (
        <InterviewCard
          key={r.id}
          interview={r}
          title={t("interview.card.for", { name: r.graduateName, posting: r.postingTitle })}
        >
          {r.events.includes("complete") ? (
            <HeldOrNoShowForm
              id={`outcome-${r.id}`}
              name="interviewId"
              value={r.id}
              result={result}
              held={{ intent: "completed", label: t("interview.completed") }}
              noShowLabel={t("interview.noShow")}
            />
          ) : null}
          {r.events.includes("reschedule") ? <RescheduleInterviewForm interviewId={r.id} result={result} /> : null}
          {r.events.includes("cancel") ? <CancelInterviewForm interviewId={r.id} result={result} /> : null}
        </InterviewCard>
      ))}
    </div>
  );
}
