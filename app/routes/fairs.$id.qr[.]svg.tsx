import type { LoaderFunctionArgs } from "@remix-run/node";
import { fairQr } from "../fairs/share.server";

export function loader({ params }: LoaderFunctionArgs) {
  return fairQr(params, "svg");
}
