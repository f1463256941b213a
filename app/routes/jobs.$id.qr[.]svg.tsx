import type { LoaderFunctionArgs } from "@remix-run/node";
import { postingQr } from "../postings/qr.server";

export function loader({ params }: LoaderFunctionArgs) {
  return postingQr(params.id, "svg");
}
