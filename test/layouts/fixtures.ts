import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sample files of test/fixtures and what each must produce (written by scripts/make-fixtures.ts). */
export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export interface Expectation {
  readonly layout: string | null;
  readonly records: number;
  readonly valid: boolean;
  readonly findings: readonly { readonly code: string; readonly cell: string | null }[];
  readonly ward?: string;
  readonly plan?: { readonly listed: number; readonly unlisted: number };
  readonly about: string;
}

export interface Fixture {
  readonly name: string;
  readonly path: string;
  readonly expected: Expectation;
}

export function fixtures(extensions = /\.(xlsx|csv)$/): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => extensions.test(name))
    .sort()
    .map((name) => ({
      name,
      path: join(FIXTURES_DIR, name),
      expected: JSON.parse(
        readFileSync(join(FIXTURES_DIR, name.replace(/\.(xlsx|csv)$/, '.expected.json')), 'utf8'),
      ) as Expectation,
    }));
}
