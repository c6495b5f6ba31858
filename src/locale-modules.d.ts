/** `_locales/<lang>/messages.json?tooltip`: the subset the badge tooltip uses (scripts/locale-messages-plugin.ts). */
declare module '*/messages.json?tooltip' {
  const messages: Readonly<Record<string, { readonly message: string; readonly placeholders?: Readonly<Record<string, { readonly content: string }>> }>>;
  export default messages;
}
