import { resolve } from 'node:path';

/**
 * Where the content lives. Normally content/ in the project; tests and the benchmark point
 * SAFEHOUSE_CONTENT_DIR at a fixture or generated folder instead.
 */
export function contentMap(root: string = process.cwd()): string {
  return resolve(root, process.env.SAFEHOUSE_CONTENT_DIR ?? 'content');
}
