import type { LoaderFunctionArgs } from "@remix-run/node";
import { boothQr } from "../fairs/share.server";

export function loader({ params }: LoaderFunctionArgs) {
  return boothQr(params, "png");
}
