/**
 * A failure the server reports to the sidebar in both languages. google.script.run hands the
 * page only the thrown Error's message, so the message carries the bilingual text as JSON after
 * a marker; the page's SheetsHost turns it back into `{ vi, en }` (the panel's `reason`).
 */
import { message, type Bilingual, type Params } from '../../core/messages/index.js';

export const FAILURE_MARK = 'NTM-FAILURE:';

export function failure(key: string, params?: Params): Error {
  const m = message(key, params);
  return new Error(`${FAILURE_MARK}${JSON.stringify(m)}`);
}

/** The bilingual text a failure carries, wherever the marker sits in the message; null for other errors. */
export function readFailure(text: string): Bilingual | null {
  const i = text.indexOf(FAILURE_MARK);
  if (i < 0) return null;
  const rest = text.slice(i + FAILURE_MARK.length);
  // hosts may add to the message (a stack, a line number): the JSON ends at one of the "}"
  for (let end = rest.indexOf('}'); end >= 0; end = rest.indexOf('}', end + 1)) {
    try {
      const v = JSON.parse(rest.slice(0, end + 1)) as unknown;
      if (v && typeof v === 'object' && typeof (v as Bilingual).vi === 'string' && typeof (v as Bilingual).en === 'string') return v as Bilingual;
    } catch {
      // not there yet
    }
  }
  return null;
}
