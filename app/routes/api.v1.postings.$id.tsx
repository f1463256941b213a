import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getDb } from "../db.server";
import { bilingual } from "../i18n/messages";
import { apiJson, apiPreflight, toApiHit } from "../postings/api.server";
import { getPublicPosting } from "../postings/postings.server";
import { postingSummary } from "../postings/search.server";

/** A field error of the API, whose reader's language is unknown: both languages in one string, as documented. */
function both(key: string): string {
  const text = bilingual(key);
  return `${text.zh} / ${text.en}`;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success)
    return apiJson(
      { error: bilingual("api.error.postingId"), fieldErrors: { id: [both("api.error.postingId.uuid")] } },
      400,
    );
  const found = await getPublicPosting(await getDb(), id.data);
  if (!found) return apiJson({ error: bilingual("api.error.postingGone") }, 404);
  const { posting, employer } = found;
  return apiJson({
    ...toApiHit(postingSummary(posting, employer.name)),
    employer: { name: employer.name, type: employer.type, industry: employer.industry },
    category: posting.category,
    headcount: posting.headcount,
    duties: posting.duties,
    requirements: posting.requirements,
    benefits: posting.benefits,
    majors: posting.majors,
    locations: posting.cities,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  return apiPreflight(request);
}
