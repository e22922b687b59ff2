/** UI languages. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

export type MessageParams = Readonly<Record<string, string | number | undefined>>;
export type Template = string | ((p: MessageParams) => string);
export type Catalog<K extends string> = {
  readonly vi: Readonly<Record<K, Template>>;
  readonly en: Readonly<Record<K, Template>>;
};

/** Declare one section of the message catalogue: every key must exist in both languages (the type checks it). */
export function defineMessages<K extends string>(
  vi: Record<K, Template>,
  en: Record<K, Template>
): Catalog<K> {
  return { vi, en };
}

/** Fill `{name}` placeholders in a string template; a function template gets the params directly. */
export function renderTemplate(t: Template, params: MessageParams = {}): string {
  if (typeof t === "function") return t(params);
  return t.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? `{${k}}` : String(v);
  });
}

/** Build a translator for one section. @example const t = translator(cliMessages); t("vi", "usage") */
export function translator<K extends string>(catalog: Catalog<K>) {
  return (lang: Lang, key: K, params?: MessageParams): string =>
    renderTemplate(catalog[lang][key], params);
}
