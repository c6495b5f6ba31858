/**
 * `_locales/<lang>/messages.json?bundle=<part>`: the messages one part of the extension shows, in
 * one language, compiled (scripts/message-bundles.ts, scripts/locale-messages-plugin.ts).
 */
declare module '*/messages.json?bundle=popup' {
  const messages: import('./core/create-translator').CompiledMessages;
  export default messages;
}
declare module '*/messages.json?bundle=options' {
  const messages: import('./core/create-translator').CompiledMessages;
  export default messages;
}
declare module '*/messages.json?bundle=background' {
  const messages: import('./core/create-translator').CompiledMessages;
  export default messages;
}
