// The `hyphen` package ships no types (and, being CommonJS, only a default export under ESM);
// these are the two entry points the writers use.
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/hu' {
  const hungarian: Hyphenator;
  export default hungarian;
}
declare module 'hyphen/en-gb' {
  const british: Hyphenator;
  export default british;
}
declare module 'hyphen/ru' {
  const russian: Hyphenator;
  export default russian;
}
