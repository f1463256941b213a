import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { sendCampaign, viewCampaign } from "../campaigns/campaigns.server";
import { CampaignSendForm } from "../campaigns/schema";
import { ActionForm } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { funnelMachine } from "../programmes/states";
import { formatSchoolDateTime } from "../time";
import { FUNNEL_STATES } from "../../vocabulary";

export const meta = pageTitle("campaign.title");

function campaignIdFrom(params: LoaderFunctionArgs["params"]) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const campaignId = campaignIdFrom(params);
  return orDeny(viewCampaign(await getDb(), staffActor(user), { campaignId }));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const campaignId = campaignIdFrom(params);
  const db = await getDb();
  const actor = staffActor(user);
  await orDeny(viewCampaign(db, actor, { campaignId }));
  return formAction(request, CampaignSendForm, async () => {
    const sent = await sendCampaign(db, actor, { campaignId });
    return done("campaign.done.sent", {
      reached: sent.reached,
      mailed: sent.mailed,
      siteOnly: sent.siteOnly,
      already: sent.alreadyReached,
    });
  });
}

export default function StaffCampaign() {
  const { campaign, programme, counts, funnel } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const english = locale === "en";
  return (
    <div className="page stack">
      <p>
        <Link to="/staff/campaigns">← {t("campaign.title")}</Link>
      </p>
      <h1>{english ? campaign.subjectEn : campaign.subjectZh}</h1>
      <p>
        {programme ? nameFor(locale, programme) : campaign.slug} · {campaign.year} ·{" "}
        {campaign.sentAt
          ? t("campaign.sentAt", { at: formatSchoolDateTime(campaign.sentAt, locale) })
          : t("campaign.notSent")}
      </p>
      <p className="prewrap">{english ? campaign.bodyEn : campaign.bodyZh}</p>
      <FormOutcome result={result} />
      <ActionForm id="send" intent="send" result={result}>
        <p>{t("campaign.send.lead")}</p>
        <button type="submit" className="button">
          {t("campaign.send")}
        </button>
      </ActionForm>
      <div className="table-wrap">
        <table className="data" data-testid="campaign-counts">
          <caption>{t("campaign.counts")}</caption>
          <tbody>
            {(["reached", "mailed", "opened", "clicked", "interested"] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`campaign.count.${key}`)}</th>
                <td data-count={key}>{counts[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data">
          <caption>{t("campaign.funnel")}</caption>
          <tbody>
            {FUNNEL_STATES.map((state) => (
              <tr key={state}>
                <th scope="row">{t(funnelMachine.stateLabel(state))}</th>
                <td data-state={state}>{funnel[state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
