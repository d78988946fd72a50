import fs from 'node:fs';
import path from 'node:path';
import type { Gold } from './score.js';

/**
 * A labelled set on disk: a directory of .txt articles and a JSON array of gold objects, each naming
 * its article with `seed_file` (the seeds' convention) or `file`. Node-only: used by the command line
 * and the tests, never by the extractor.
 */
export interface LabelledArticle {
  file: string;
  text: string;
  gold: Gold;
}

export function loadLabelledSet(corpusDir: string, goldFile: string): LabelledArticle[] {
  const golds = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold[];
  if (!Array.isArray(golds)) throw new Error(`${goldFile}: expected a JSON array of gold objects`);
  return golds.map((gold, i) => {
    const file = (gold.seed_file ?? gold.file) as string | undefined;
    if (!file) throw new Error(`${goldFile}: entry ${i} names no file (seed_file or file)`);
    return { file, text: fs.readFileSync(path.join(corpusDir, file), 'utf8'), gold };
  });
}
