import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { unsubscribeOutreachByToken } from "../campaigns/campaigns.server";
import { UnsubscribePage } from "../components/unsubscribe-page";
import { unsubscribeAnswer, unsubscribeLoader } from "../graduates/unsubscribe-route.server";
import { pageTitle } from "../i18n/title";

const title = pageTitle("unsubscribe.title");
export const meta: MetaFunction = (args) => [...title(args), { name: "robots", content: "noindex" }];

export const loader = unsubscribeLoader;

/** From campaign mails: outreach becomes "site only". */
// A function, not a call at module level: the browser's copy of this module has no server code to call.
export async function action(args: ActionFunctionArgs) {
  return unsubscribeAnswer(args, unsubscribeOutreachByToken);
}

export default function UnsubscribeOutreach() {
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <UnsubscribePage valid={valid} result={result} lead="unsubscribe.category.lead" done="unsubscribe.category.done" />
  );
}
