import { z } from "zod";
import { NOTIFICATION_CATEGORIES } from "../../vocabulary";
import { repeated } from "../forms/fields";

export const NotificationsForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.uuid({ message: "notification.id.invalid" }) }),
  z.object({ intent: z.literal("read-all") }),
  z.object({
    intent: z.literal("preferences"),
    siteOnly: repeated(z.enum(NOTIFICATION_CATEGORIES, { message: "notification.category.invalid" })),
  }),
]);
