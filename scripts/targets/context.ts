import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface BuildContext {
  root: string;
  dist: string;
  /** minify and rewrite dev URLs (NTM_BASE_URL) */
  production: boolean;
  /** The base URL the add-in is served from (https://localhost:3000 in development). */
  baseUrl: string;
}

export function buildContext(): BuildContext {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const baseUrl = (process.env.NTM_BASE_URL ?? 'https://localhost:3000').replace(/\/$/, '');
  return { root, dist: path.join(root, 'dist'), production: process.env.NODE_ENV === 'production' || !!process.env.NTM_BASE_URL, baseUrl };
}
