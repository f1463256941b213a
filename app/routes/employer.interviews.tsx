import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { InterviewSlots } from "../components/interview-slots";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { DomainError, firstKey } from "../errors";
import { domainFailure, formFailure, formValues } from "../http.server";
import { useT } from "../i18n/use-t";
import { serializeRows, slotsFromForm } from "../interviews/forms.server";
import {
  applicationForProposal,
  applicationsToInvite,
  cancelInterview,
  listForEmployer,
  pickSlot,
  proposeInterview,
  ProposeSchema,
  recordOutcome,
  rescheduleInterview,
} from "../interviews/interviews.server";
import { interviewMachine } from "../interviews/states";

export const meta: MetaFunction = () => [{ title: "在线面试 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "applicant:manage-own");
  const db = await getDb();
  // The application picked in the applicant pipeline (?application=…), if it is this employer's.
  const picked = z.uuid().safeParse(new URL(request.url).searchParams.get("application"));
  const chosen = picked.success ? await applicationForProposal(db, user.id, picked.data) : null;
  try {
    const rows = serializeRows(await listForEmployer(db, user.id));
    return { rows, chosen, invitable: await applicationsToInvite(db, user.id) };
  } catch (error) {
    // A refusal (no employer membership yet) becomes an empty page; anything else is unexpected
    // and goes to the error page, never to the client as text.
    if (!(error instanceof DomainError)) throw error;
    return { rows: [], chosen, invitable: [], error: firstKey(error) };
  }
}

const IntentSchema = z.enum(["propose", "reschedule", "cancel", "completed", "no_show", "pick"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "applicant:manage-own");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const viewer = { kind: "employer" as const, userId: user.id };
  try {
    if (intent.data === "propose") {
      const parsed = ProposeSchema.safeParse({
        applicationId: values.applicationId,
        mode: values.mode,
        location: values.location,
        slots: slotsFromForm(form),
      });
      if (!parsed.success) {
        const errors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
        return formFailure(errors, values);
      }
      const row = await proposeInterview(db, { userId: user.id, data: parsed.data });
      return { ok: true as const, done: "interview.done.proposed", id: row.id };
    }
    const id = z.uuid().safeParse(values.interviewId);
    if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
    const interviewId = id.data;
    switch (intent.data) {
      case "reschedule":
        await rescheduleInterview(db, { interviewId, viewer, slots: slotsFromForm(form), reason: values.reason });
        return { ok: true as const, done: "interview.done.rescheduled", id: interviewId };
      case "cancel":
        await cancelInterview(db, { interviewId, viewer, reason: values.reason ?? "" });
        return { ok: true as const, done: "interview.done.cancelled", id: interviewId };
      case "pick":
        await pickSlot(db, { interviewId, viewer, slotId: values.slotId ?? "" });
        return { ok: true as const, done: "interview.done.picked", id: interviewId };
      default:
        await recordOutcome(db, { interviewId, userId: user.id, outcome: intent.data });
        return { ok: true as const, done: "interview.done.outcome", id: interviewId };
    }
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function EmployerInterviews() {
  const { rows, chosen, invitable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failure = result && !result.ok ? result : undefined;
  return (
    <div className="page">
      <h1>{t("interview.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status" tabIndex={-1} ref={(node) => node?.focus()}>
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
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
          <Form method="post" key={result && result.ok ? result.id : "propose"}>
            <input type="hidden" name="intent" value="propose" />
            <SelectField
              name="applicationId"
              label={t("interview.application")}
              options={invitable.map((a) => ({
                value: a.id,
                label: t("interview.application.option", { name: a.name, posting: a.posting }),
              }))}
              result={failure}
              defaultValue={chosen?.id}
            />
            <SelectField
              name="mode"
              label={t("interview.mode")}
              options={(["video", "phone", "onsite"] as const).map((m) => ({
                value: m,
                label: t(`interview.mode.${m}`),
              }))}
              result={failure}
            />
            <TextField name="location" label={t("interview.location")} result={failure} required />
            <TextField
              name="slot"
              id="field-slot"
              type="datetime-local"
              label={t("interview.slot.option", { n: 1 })}
              result={failure}
              required
            />
            <TextField
              name="slot"
              id="field-slot-2"
              type="datetime-local"
              label={t("interview.slot.option", { n: 2 })}
              result={failure}
            />
            <TextField
              name="slot"
              id="field-slot-3"
              type="datetime-local"
              label={t("interview.slot.option", { n: 3 })}
              result={failure}
            />
            <TextField name="minutes" type="number" label={t("interview.slot.minutes")} defaultValue="30" />
            <button type="submit">{t("interview.propose.submit")}</button>
          </Form>
        )}
      </section>
      <h2>{t("interview.list.title")}</h2>
      {rows.length === 0 ? <p>{t("interview.none")}</p> : null}
      {rows.map((r) => (
        <section key={r.id} className="card">
          <h2>
            {t("interview.card.for", { name: r.graduateName, posting: r.postingTitle })} ·{" "}
            {t(interviewMachine.stateLabel(r.status))}
          </h2>
          <p>
            {t(`interview.mode.${r.mode}`)}: {r.location}
          </p>
          {r.cancelReason ? (
            <p>
              {t("interview.reason")}: {r.cancelReason}
            </p>
          ) : null}
          <InterviewSlots interview={r} />
          {r.events.includes("complete") ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <button type="submit" name="intent" value="completed">
                {t("interview.completed")}
              </button>
              <button type="submit" name="intent" value="no_show">
                {t("interview.noShow")}
              </button>
            </Form>
          ) : null}
          {r.events.includes("reschedule") ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <TextField
                name="slot"
                id={`slot-${r.id}-1`}
                type="datetime-local"
                label={t("interview.slot.option", { n: 1 })}
                result={failure}
              />
              <TextField
                name="slot"
                id={`slot-${r.id}-2`}
                type="datetime-local"
                label={t("interview.slot.option", { n: 2 })}
                result={failure}
              />
              <TextField
                name="minutes"
                id={`minutes-${r.id}`}
                type="number"
                label={t("interview.slot.minutes")}
                defaultValue="30"
              />
              <button type="submit" name="intent" value="reschedule">
                {t("interview.reschedule")}
              </button>
            </Form>
          ) : null}
          {r.events.includes("cancel") ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <TextAreaField
                name="reason"
                id={`reason-cancel-${r.id}`}
                label={t("interview.reason")}
                result={failure}
                rows={2}
              />
              <button type="submit" name="intent" value="cancel">
                {t("interview.cancel")}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </div>
  );
}
