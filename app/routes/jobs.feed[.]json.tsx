import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedResponse } from "../postings/feeds.server";

export function loader({ request }: LoaderFunctionArgs) {
  return feedResponse(request, "json");
}
