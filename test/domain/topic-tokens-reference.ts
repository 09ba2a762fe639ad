/**
 * The topic-word scanner as it was before words were split without an apostrophe search (b22cfb2), kept
 * frozen so a property test can hold the current one to the same tokens. Only the scan and the word's end are
 * frozen: the character classes (word, space, handle, URL start) and the elision rule are the current ones,
 * which that change did not touch.
 */
import {
  ELISION_RE,
  isHandleUnit,
  isSpace,
  isUrlStart,
  isWordUnit,
  lower,
  skipUntilSpace,
} from "../../src/domain/text.js";

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
