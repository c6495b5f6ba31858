/** `_locales/<lang>/messages.json?worker`: the subset the background uses (tooltip and notifications) (scripts/locale-messages-plugin.ts). */
declare module '*/messages.json?worker' {
  const messages: Readonly<Record<string, { readonly message: string; readonly placeholders?: Readonly<Record<string, { readonly content: string }>> }>>;
  export default messages;
}
