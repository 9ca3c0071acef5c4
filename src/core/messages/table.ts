/** One message in both languages; `{name}` placeholders are filled from params. */
export interface MessageText {
  readonly ja: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, MessageText>>;

export type MessageParams = Readonly<Record<string, string | number>>;

export type Language = 'ja' | 'en';
