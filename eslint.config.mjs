import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// DESIGN.md's boundaries, enforced rather than remembered.
const noDb = { group: ['@/db/*', '@/db', '**/db/*', '**/db/**', '../db/*', '../../db/*'], message: 'Only app/ route handlers and db/ itself touch the database (DESIGN.md).' };
const noApp = { group: ['@/app/*', '**/app/*', '**/app/**'], message: 'lib/ and components/ never import app/.' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'next', 'next/*', '@tanstack/*'], message: 'lib/ is framework-free TypeScript.' };
const noComponents = { group: ['@/components/*', '**/components/*', '**/components/**'], message: 'lib/ never imports components/.' };
const noFeedsOrHttp = { group: ['@/lib/feeds', '@/lib/feeds/*', '**/feeds/*', '../feeds', '@/lib/http/*', '**/http/*', '../http'], message: 'lib/ical renders iCalendar text only: it imports nothing from lib/feeds or lib/http (issue 16).' };
const noSideEffects = { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*', 'node:child_process', 'child_process', 'node:path', 'path'], message: 'lib/extract is pure: text in, drafts out.' };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'db/migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.shot.mjs']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/cli/**', 'lib/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noApp, noReact, noComponents] }] },
  },
  {
    // The one folder of lib/ that may import Next: it only starts Next's request handler behind
    // header normalisation and the checks Next cannot make (DESIGN.md).
    files: ['lib/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noApp, noComponents, { group: ['react', 'react-dom', 'react/*', 'next/*', '@tanstack/*'], message: 'lib/server/ imports only Next\'s request handler (`next`).' }] }] },
  },
  {
    files: ['lib/extract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noApp, noReact, noComponents, noSideEffects] }] },
  },
  {
    // lib/ical renders iCalendar text only; which events, memos, validators and HTTP live in lib/feeds.
    files: ['lib/ical/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noApp, noReact, noComponents, noSideEffects, noFeedsOrHttp] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noApp] }] },
  },
  {
    // A function a newcomer can read in one sitting (issue 17): longer ones are split by concern.
    // Data tables (word lists, office holders, places) are lists, not logic, and are left out.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['lib/extract/lexicon/**', 'lib/extract/people/office-history/**', 'lib/extract/places/data/**'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Route handlers and pages call db/queries; they never build SQL themselves.
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'drizzle-orm', message: 'Queries live in db/queries (DESIGN.md).' }], patterns: [{ group: ['drizzle-orm/*', 'better-sqlite3'], message: 'Queries live in db/queries (DESIGN.md).' }, { group: ['@/db/schema'], message: 'Queries live in db/queries (DESIGN.md).' }] }],
    },
  },
]);
