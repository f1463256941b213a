import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { agreementForEmployer, AgreementTermsSchema, editAgreementTerms } from "../agreements/agreements.server";
import { agreementMachine, EDITABLE_AGREEMENT_STATES } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { AgreementTermsFields } from "../components/agreement-terms";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { PROVINCES } from "../school/regions";

export const meta = pageTitle("agreement.edit.title");

async function agreementOr404(id: string | undefined, userId: string) {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) notFound();
  return orDeny(agreementForEmployer(await getDb(), { userId }, parsed.data));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const { agreement, graduateName } = await agreementOr404(params.id, user.id);
  return {
    id: agreement.id,
    status: agreement.status,
    editable: EDITABLE_AGREEMENT_STATES.has(agreement.status),
    graduateName,
    terms: {
      position: agreement.position,
      monthlyPay: String(agreement.monthlyPay),
      probationMonths: String(agreement.probationMonths),
      workProvince: agreement.workProvince,
      workCity: agreement.workCity,
      startDate: agreement.startDate,
      breachPenalty: String(agreement.breachPenalty),
      archiveAddress: agreement.archiveAddress,
      hukouAddress: agreement.hukouAddress,
    },
    provinces: PROVINCES,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const { agreement } = await agreementOr404(params.id, user.id);
  return formAction(request, AgreementTermsSchema, async (terms) => {
    await editAgreementTerms(await getDb(), { userId: user.id }, { agreementId: agreement.id, data: terms });
    return redirect(`/employer/agreements?done=edited`);
  });
}

export default function EditAgreement() {
  const { status, editable, graduateName, terms, provinces } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to="/employer/agreements">{t("agreement.edit.back")}</Link>
      </p>
      <h1>
        {t("agreement.edit.title")} · {graduateName}
      </h1>
      <p>
        {t("agreement.status")}: {t(agreementMachine.stateLabel(status))}
      </p>
      {editable ? (
        <>
          {status === "invited" ? <p className="notice">{t("agreement.edit.invitedHint")}</p> : null}
          <ErrorSummary result={result} />
          <ActionForm id="terms" result={result}>
            <AgreementTermsFields provinces={provinces} values={terms} />
            <button type="submit">{t("agreement.edit.submit")}</button>
          </ActionForm>
        </>
      ) : (
        <p className="notice" role="status">
          {t("agreement.edit.notAllowed")}
        </p>
      )}
    </div>
  );
}
