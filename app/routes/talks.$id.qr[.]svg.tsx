import type { LoaderFunctionArgs } from "@remix-run/node";
import { talkQr } from "../talks/share.server";

export function loader({ params }: LoaderFunctionArgs) {
  return talkQr(params, "svg");
}
