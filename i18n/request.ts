import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/platform/i18n/messages";
import { requestLocale } from "@/platform/i18n/request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // Treaty dates are calendar days and moments are shown in UTC, the one time zone every delegation shares.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
