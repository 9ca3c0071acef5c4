/**
 * The custom-function metadata files as the build writes them (dist/functions.json and
 * dist/functions.ja-JP.json), each checked against the custom-functions metadata schema
 * (scripts/custom-functions.schema.json: Microsoft's published schema, extended for
 * allowCustomDataForDataTypeAny and allowErrorForDataTypeAny — see its $comment). Used by the
 * webpack build (which fails on a problem) and by test/functions/metadata.test.ts, so the test
 * checks exactly what ships, with or without a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { metadataFiles } from '../src/functions/metadata';

const SCHEMA_FILE = join(__dirname, 'custom-functions.schema.json');

/** Where `metadata` breaks the schema, as readable lines; empty when it is valid. */
export function schemaProblems(metadata: unknown): string[] {
  // Formats (helpUrl's uri) are not checked: no function has a helpUrl.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, validateFormats: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  if (validate(metadata)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Every metadata file by name, after checking it; throws with the problems (a build error). */
export function checkedMetadataFiles(): Readonly<Record<string, string>> {
  const files = metadataFiles();
  const problems = Object.entries(files).flatMap(([name, text]) =>
    schemaProblems(JSON.parse(text)).map((problem) => `${name}: ${problem}`),
  );
  if (problems.length > 0) throw new Error(`custom-function metadata breaks its schema:\n${problems.join('\n')}`);
  return files;
}
