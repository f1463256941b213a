import type { LoaderFunctionArgs } from "@remix-run/node";
import { talksFeedResponse } from "../talks/feed.server";

/** Public: the coming approved talks as an Atom feed. */
export function loader({ request }: LoaderFunctionArgs) {
  return talksFeedResponse(request);
}
