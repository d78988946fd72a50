import { readFileSync } from 'node:fs';
import { searchKey } from '../../../shared/text/index.js';

/*
 * Recommending States: the lexicon in reference-data/followup/states.json (UN short names, with
 * Vietnamese names and common aliases), looked up folded, so "Lào", "Lao", "Lao PDR" and "Lao
 * People's Democratic Republic" are all one State, stored under its UN name.
 */

type StateEntry = { name: string; vi?: string; aliases?: string[] };
const file = new URL('../../../../reference-data/followup/states.json', import.meta.url);

let index: Map<string, string> | null = null;
function stateIndex(): Map<string, string> {
  if (index) return index;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { states: StateEntry[] };
  index = new Map();
  for (const s of data.states) {
    for (const n of [s.name, s.vi, ...(s.aliases ?? [])]) if (n) index.set(searchKey(n), s.name);
    // "Iran (Islamic Republic of)" is also written "Islamic Republic of Iran" and "Iran".
    const paren = /^(.*?)\s*\((.*)\)$/u.exec(s.name);
    if (paren) index.set(searchKey(`${paren[2]} ${paren[1]}`), s.name);
  }
  return index;
}

/** The State's UN name, or null when the name is not in the lexicon. */
export function lookupState(name: string): string | null {
  const key = searchKey(name.replace(/^(the|nước)\s+/iu, ''));
  return key ? (stateIndex().get(key) ?? null) : null;
}

/** Splits a list of States at `;`, `,`, "and", "và" and line breaks outside parentheses. */
export function splitStateList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || ch === ',' || ch === '\n' || ch === '/')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .flatMap((p) => p.split(/\s+(?:and|và)\s+/iu))
    .map((p) => p.trim().replace(/[.;:]+$/u, '').trim())
    .filter(Boolean);
}

/**
 * Reads a list of States as written in a column: known names become their UN name, unknown ones
 * are kept as written and reported. "Trinidad and Tobago" survives the split on "and".
 */
export function readStateList(list: string): { states: string[]; unknown: string[] } {
  const whole = lookupState(list.trim());
  if (whole) return { states: [whole], unknown: [] };
  const states: string[] = [];
  const unknown: string[] = [];
  const parts = splitStateList(list);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Names with "and" inside: try the part joined with the next one first.
    const joined = i + 1 < parts.length ? lookupState(`${part} and ${parts[i + 1]}`) : null;
    if (joined) {
      states.push(joined);
      i++;
      continue;
    }
    const known = lookupState(part);
    if (known) states.push(known);
    else unknown.push(part);
  }
  return { states: [...new Set([...states, ...unknown])], unknown };
}

/**
 * The recommending State(s) in parentheses at the end of a recommendation: "… (Indonesia);",
 * "… (Lào; Campuchia).", "… (Iran (Islamic Republic of))". Returns the text without them. When
 * no part of the parenthesis is a known State ("(SDG 5)", "(2025)"), the text is left as it is.
 */
export function takeTrailingStates(text: string): { text: string; states: string[]; unknown: string[] } {
  const trimmed = text.trim().replace(/[\s.;,]+$/u, '');
  if (!trimmed.endsWith(')')) return { text: text.trim(), states: [], unknown: [] };
  let depth = 0;
  let start = -1;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    if (trimmed[i] === ')') depth++;
    else if (trimmed[i] === '(') {
      depth--;
      if (depth === 0) {
        start = i;
        break;
      }
    }
  }
  if (start <= 0) return { text: text.trim(), states: [], unknown: [] };
  const inside = trimmed.slice(start + 1, -1);
  const read = readStateList(inside);
  if (read.states.length === read.unknown.length) return { text: text.trim(), states: [], unknown: [] };
  const rest = trimmed.slice(0, start).trim().replace(/[\s;,]+$/u, '');
  return { text: /[.!?]$/u.test(rest) ? rest : `${rest}.`, states: read.states, unknown: read.unknown };
}
