import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { agreementForEmployer, AgreementTermsSchema, editAgreementTerms } from "../agreements/agreements.server";
import { agreementMachine, EDITABLE_AGREEMENT_STATES } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { AgreementTermsFields } from "../components/agreement-terms";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { DomainError, firstKey } from "../errors";
import { domainFailure, formFailure, notFound, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";
import { PROVINCES } from "../school/regions";

export const meta: MetaFunction = () => [{ title: "修改三方协议 · 就业" }];

async function agreementOr404(id: string | undefined, userId: string) {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await agreementForEmployer(await getDb(), parsed.data, userId);
  } catch (error) {
    if (error instanceof DomainError) throw data({ message: firstKey(error) }, { status: error.status });
    throw error;
  }
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
  const parsed = parseForm(AgreementTermsSchema, await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    await editAgreementTerms(await getDb(), { agreementId: agreement.id, userId: user.id, data: parsed.data });
  } catch (error) {
    return domainFailure(error, Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, String(v)])));
  }
  return redirect(`/employer/agreements?done=edited`);
}

export default function EditAgreement() {
  const { status, editable, graduateName, terms, provinces } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failure = result && !result.ok ? result : undefined;
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
          <ErrorSummary result={failure} />
          <Form method="post">
            <AgreementTermsFields result={failure} provinces={provinces} values={terms} />
            <button type="submit">{t("agreement.edit.submit")}</button>
          </Form>
        </>
      ) : (
        <p className="notice" role="status">
          {t("agreement.edit.notAllowed")}
        </p>
      )}
    </div>
  );
}
