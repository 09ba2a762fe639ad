/** A catalogue area: the same keys in English and French, side by side so they never drift. */
export type Messages = { readonly [key: string]: string | Messages };

/** The French half must have exactly the English half's shape (checked by the compiler). */
export type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export interface Area<T extends Messages> {
  en: T;
  fr: SameShape<T>;
}

export function area<const T extends Messages>(messages: { en: T; fr: SameShape<T> }): Area<T> {
  return messages;
}

type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Dot paths of the string leaves of a catalogue, plural suffixes removed ("notes.saved", "poll.votes"). */
export type KeyPaths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${StripPlural<K>}`
    : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
