import type { Locale } from "@/lib/domain/locale";
import type { Messages } from "@/platform/i18n/messages";

// Message keys are checked by the compiler: a key missing from the English catalog does not build.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
