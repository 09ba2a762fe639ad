/**
 * The topic-word scanner as it was before words were split without an apostrophe search (b22cfb2), kept
 * frozen so a property test can hold the current one to the same tokens.
 */
import { lower } from "../../src/domain/text.js";

const ELISION_RE = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=.)/u;

/** Old topicTokens(): the same collapsing of breaks, over the old scanner. */
export function referenceTopicTokens(text: string): Array<string | null> {
  const tokens: Array<string | null> = [];
  const visit = (token: string | null): void => {
    if (token !== null || (tokens.length > 0 && tokens[tokens.length - 1] !== null)) tokens.push(token);
  };
  scanTopicTokens(text, {
    word: (lowered, start, end) => visit(lowered.slice(start, end)),
    wordText: visit,
    pause: () => visit(null),
  });
  return tokens;
}

interface Sink {
  word(lowered: string, start: number, end: number): void;
  wordText(word: string): void;
  pause(): void;
}

function scanTopicTokens(text: string, sink: Sink): void {
  const lowered = lower(text);
  const folded = lowered.includes("’") ? lowered.replaceAll("’", "'") : lowered;
  const length = folded.length;
  /** The first `'` at or after the current word (-1: none left): most texts have none to look for. */
  let apostrophe = folded.indexOf("'");
  let index = 0;
  while (index < length) {
    const code = folded.charCodeAt(index);
    if (isWordUnit(folded, index, code)) {
      if (isUrlStart(folded, index, code)) {
        index = skipUntilSpace(folded, index);
        sink.pause();
        continue;
      }
      const start = index;
      index = endOfWord(folded, index);
      if (apostrophe >= 0 && apostrophe < start) apostrophe = folded.indexOf("'", start);
      if (apostrophe >= 0 && apostrophe < index) {
        sink.wordText(folded.slice(start, index).replace(ELISION_RE, "").replace(/'s$/u, ""));
      } else sink.word(folded, start, index);
    } else if (code === 35 /* # */) {
      index += 1;
      while (
        index < length &&
        (folded.charCodeAt(index) === 95 || isWordUnit(folded, index, folded.charCodeAt(index)))
      ) {
        index += folded.charCodeAt(index) >= 0xd800 && folded.charCodeAt(index) <= 0xdbff ? 2 : 1;
      }
      sink.pause();
    } else if (code === 64 /* @ */) {
      index += 1;
      while (index < length && isHandleUnit(folded.charCodeAt(index))) index += 1;
      sink.pause();
    } else {
      if (!isSpace(code)) sink.pause();
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
}

/** Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 word character, 2 not. */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_CHARACTER_RE = /^[\p{L}\p{N}\p{M}]$/u;
/** The same for characters outside the BMP, filled as they are met (bounded by the characters in use). */
const ASTRAL_WORDS = new Map<number, boolean>();
for (let code = 0; code < 128; code += 1) {
  const ascii = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  WORD_UNITS[code] = ascii ? 1 : 2;
}

function isWordUnit(text: string, index: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdbff) {
    // A character outside the BMP (most emoji, rare scripts): classified once per code point.
    const point = text.codePointAt(index) ?? 0;
    let word = ASTRAL_WORDS.get(point);
    if (word === undefined) {
      word = WORD_CHARACTER_RE.test(String.fromCodePoint(point));
      ASTRAL_WORDS.set(point, word);
    }
    return word;
  }
  let known = WORD_UNITS[code]!;
  if (known === 0) {
    known = WORD_CHARACTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1;
}

/** After a word's first character: word characters, and `'` or `-` followed by one. */
function endOfWord(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWordUnit(text, index, code)) {
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    } else if ((code === 39 || code === 45) && index + 1 < text.length && index > from) {
      const next = text.charCodeAt(index + 1);
      if (!isWordUnit(text, index + 1, next)) break;
      index += 1;
    } else {
      break;
    }
  }
  return index;
}

function isUrlStart(text: string, index: number, code: number): boolean {
  if (code === 104 /* h */) return text.startsWith("https://", index) || text.startsWith("http://", index);
  return code === 119 /* w */ && text.startsWith("www.", index);
}

function skipUntilSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && !isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

/** Handle characters after `@`: ASCII letters, digits, `_ . @ -` (X, Bluesky and Mastodon forms). */
function isHandleUnit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 64 ||
    code === 45
  );
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}
