import { describedAs, forReadersOf, primarySource, primarySourceRead, secondarySource } from './source';

/**
 * Sources of the steps and checks the extension suggests (vendors' help pages, developer docs,
 * press reports of how people coped): they back advice, not milestones.
 *
 * The pages in Spanish and Indonesian at the end were read in stored copies (no live web was
 * reached); README "Sources of the steps in Spanish and Indonesian" lists what was searched for
 * and not found, and each step names the languages whose menu labels no vendor page confirmed.
 */

/** Backs "Windows has Microsoft Defender Antivirus built in" in the what-to-do checklist. */
export const MICROSOFT_DEFENDER_SOURCE = primarySource(
  'Microsoft Learn',
  'Microsoft Defender Antivirus in the Windows Security app',
  'https://learn.microsoft.com/en-us/defender-endpoint/microsoft-defender-security-center-antivirus',
);

/** Backs the Windows steps: where Windows lists installed apps, and uninstalls one. */
export const MICROSOFT_UNINSTALL_SOURCE = primarySource(
  'Microsoft Support',
  'Uninstall or remove apps and programs in Windows',
  'https://support.microsoft.com/en-us/windows/uninstall-or-remove-apps-and-programs-in-windows-4b55f974-2cc6-2d2b-d092-5905080eaf98',
);

/** Backs "Windows Security → Virus & threat protection shows the antivirus in use, Microsoft's or another's". */
export const WINDOWS_SECURITY_SOURCE = primarySource(
  'Microsoft Learn',
  'Virus and threat protection in Windows Security',
  'https://learn.microsoft.com/en-us/windows/security/operating-system-security/system-security/windows-defender-security-center/wdsc-virus-threat-protection',
);

/** Backs the macOS step: an app with its own uninstaller is removed with it, others go to the Bin. */
export const APPLE_UNINSTALL_SOURCE = primarySource('Apple Support', 'Delete or uninstall apps on Mac', 'https://support.apple.com/en-us/102610');

/** Backs the Android step: installed apps are listed, and uninstalled, in Settings → Apps. */
export const ANDROID_APPS_SOURCE = primarySource('Google Android Help', 'Delete or disable apps on Android', 'https://support.google.com/android/answer/2521768');

/** Backs "an extension sees only the browser's extensions": what the management API lists. The page is titled by the API's name. */
export const EXTENSION_MANAGEMENT_SOURCE = primarySource('Chrome for Developers', 'chrome.management', 'https://developer.chrome.com/docs/extensions/reference/api/management');

/** Backs "UltraAV may need its own uninstaller": users could often remove it only that way. */
export const TECHZINE_ULTRAAV_UNINSTALL_SOURCE = secondarySource(
  'Techzine',
  'Kaspersky removes itself and installs UltraAV without permission',
  'https://www.techzine.eu/news/security/124702/kaspersky-removes-itself-and-installs-ultraav-without-permission/',
);

/** Backs "Macs have built-in malware protection (XProtect)". Page confirmed by its address and title; its text was read only in an older copy. */
export const APPLE_XPROTECT_SOURCE = primarySource('Apple Platform Security', 'Protecting against malware in macOS', 'https://support.apple.com/guide/security/protecting-against-malware-sec469d47bd8/web');

/** Backs the iPhone step: how to delete an app. Page confirmed by its address and title only. */
export const APPLE_IPHONE_DELETE_APPS_SOURCE = primarySource('Apple Support', 'Remove or delete apps from iPhone', 'https://support.apple.com/guide/iphone/remove-or-delete-apps-iph248b543ca/ios');

/** Backs the iPad step. Page confirmed by its address only. */
export const APPLE_IPAD_DELETE_APPS_SOURCE = primarySource('Apple Support', 'Remove or delete apps from iPad', 'https://support.apple.com/guide/ipad/remove-or-delete-apps-ipad0aed1df8/ipados');

/** Backs "Google Play Protect checks apps on Android". Page confirmed by its address only. */
export const GOOGLE_PLAY_PROTECT_SOURCE = primarySource('Google Play Help', 'Google Play Protect', 'https://support.google.com/googleplay/answer/2812853');

/**
 * Backs "export your passwords before you remove it": Kaspersky's own help ("Export and backup your
 * data"), read. The whole help on one page, whose own title is not recorded: named by our description.
 */
export const KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE = {
  ...primarySource('Kaspersky', describedAs('source_description_kaspersky_password_manager_help'), 'https://support.kaspersky.com/help/KPM/Win10.3/en-US/all-in-one.htm'),
  isTextRead: true,
};

/** Backs the parental-control alternatives. Pages confirmed by their addresses and titles only. */
export const GOOGLE_FAMILY_LINK_SOURCE = primarySource('Google For Families', 'Google Family Link', 'https://families.google/familylink/');
export const APPLE_SCREEN_TIME_SOURCE = primarySource('Apple Support', "Set up parental controls to manage your child's iPhone or iPad", 'https://support.apple.com/en-us/105121');
export const MICROSOFT_FAMILY_SAFETY_SOURCE = primarySource(
  'Microsoft Support',
  'Getting started with Microsoft Family Safety',
  'https://support.microsoft.com/en-us/account-billing/getting-started-with-microsoft-family-safety-b6280c9d-38d7-82ff-0e4f-a6cb7e659344',
);

/** Backs the scam warning. The page is confirmed by its address and title; its sentences were read in copies. */
export const FTC_TECH_SUPPORT_SCAMS_SOURCE = primarySource('Federal Trade Commission', 'How To Spot, Avoid, and Report Tech Support Scams', 'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams');

/** Where to compare antivirus products without a recommendation from us: independent test labs (pages confirmed by address only). */
export const AV_TEST_SOURCE = secondarySource('AV-TEST', 'Test antivirus software for Windows', 'https://www.av-test.org/en/antivirus/');
export const AV_COMPARATIVES_SOURCE = secondarySource('AV-Comparatives', 'Consumer test results', 'https://www.av-comparatives.org/consumer/');

// Pages for readers of Spanish (neutral Latin-American Spanish: Apple's es-MX pages, where its
// Spain pages differ, e.g. "Tiempo de uso" for Screen Time) and of Indonesian.

/**
 * Backs, in Spanish, what Play Protect does ("revisa las aplicaciones cuando las instalas y analiza
 * periódicamente el dispositivo"). Its opening was read in a stored copy; the part with the menu
 * path was not, so the Spanish labels of that path stay unconfirmed (the step says so).
 */
export const GOOGLE_PLAY_PROTECT_SOURCE_ES = forReadersOf(
  'es',
  primarySourceRead('Ayuda de Google Play', 'Ayudar a proteger el dispositivo frente a aplicaciones dañinas con Google Play Protect', 'https://support.google.com/googleplay/answer/2812853?hl=es'),
);

/**
 * Backs the Spanish name of Screen Time, "Tiempo en pantalla" ("Abre la app Configuración y toca
 * Tiempo en pantalla"). Read in a stored copy of the page (its headless display); the title is as
 * that copy gives it, Apple's own slip included ("iPad tus hijos", without "de"): it is the page's
 * title, not ours to correct.
 */
export const APPLE_SCREEN_TIME_SOURCE_ES = forReadersOf('es', primarySourceRead('Soporte técnico de Apple', 'Usar los controles parentales en el iPhone o iPad tus hijos', 'https://support.apple.com/es-mx/105121'));

/** Backs, in Spanish, "Google has Family Link" for parents. Its opening (the FAQ's "Cómo funciona") was read in a stored copy. */
export const GOOGLE_FAMILY_LINK_SOURCE_ES = forReadersOf('es', primarySourceRead('Google para familias', 'Preguntas frecuentes de Family Link', 'https://families.google/intl/es_ALL/familylink/faq'));

/**
 * Backs, in Spanish, that Kaspersky Password Manager exports its entries to a file on the device
 * for a backup ("exporta entradas a un archivo almacenado en su dispositivo"). Read in a stored
 * copy; it is the help of version 9.1 for Windows, in Mexican Spanish.
 */
export const KASPERSKY_PASSWORD_MANAGER_HELP_SOURCE_ES = forReadersOf(
  'es',
  primarySourceRead('Kaspersky', 'Qué hacer si olvidó la contraseña maestra', 'https://help.kaspersky.com/kpm/win9.1/es-mx/85119.htm'),
);

/**
 * Backs the scam warning in Spanish: callers who claim to be Microsoft or Apple, say the computer
 * has a problem and ask for remote access are scammers ("cuelga el teléfono porque es una
 * estafa"). Its text was read in a stored copy; its title was not in it, so the title here is its
 * address's.
 */
export const FTC_TECH_SUPPORT_SCAMS_SOURCE_ES = forReadersOf(
  'es',
  primarySourceRead('Comisión Federal de Comercio', 'Estafas de soporte técnico', 'https://consumidor.ftc.gov/destacado/pasalo/las-estafas-de-impostores/estafas-de-soporte-tecnico'),
);

/**
 * Backs the Indonesian name of Screen Time, "Durasi Layar" ("buka Pengaturan > Durasi Layar"), in
 * Apple's Indonesian iPad guide. Read in a word-for-word copy on a proxy site (webfiddle.net);
 * its title was not in the part read, so the page is named by our description.
 */
export const APPLE_SCREEN_TIME_SOURCE_ID = forReadersOf(
  'id',
  primarySourceRead('Dukungan Apple', describedAs('source_description_apple_ipad_screen_time'), 'https://support.apple.com/id-id/guide/ipad/ipadb15cb886/ipados'),
);
