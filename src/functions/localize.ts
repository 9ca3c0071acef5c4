/**
 * The localized custom-function metadata (functions.ja-JP.json) is functions.json with Japanese
 * descriptions from one table (descriptions.ja-JP.json). Ids and names stay English: localized
 * names would give #NAME? in formulas written in another locale. Used by the build
 * (webpack.config.js, LocalizedMetadataPlugin) and by the tests that check the two files agree.
 */
export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly [key: string]: unknown;
}

export interface FunctionsMetadata {
  readonly functions: readonly MetadataFunction[];
  readonly [key: string]: unknown;
}

export interface LocalizedDescriptions {
  readonly [id: string]: { readonly description: string; readonly parameters: Readonly<Record<string, string>> };
}

/** Problems that make the localized metadata wrong: a missing or extra id, parameter or description. */
export function descriptionProblems(metadata: FunctionsMetadata, table: LocalizedDescriptions): string[] {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const fn of metadata.functions) {
    const entry = table[fn.id];
    if (entry === undefined) {
      problems.push(`${fn.id}: no Japanese description`);
      continue;
    }
    if (entry.description.trim() === '') problems.push(`${fn.id}: empty Japanese description`);
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of names) {
      if ((entry.parameters[name] ?? '').trim() === '') problems.push(`${fn.id}(${name}): no Japanese description`);
    }
    for (const name of Object.keys(entry.parameters)) {
      if (!names.has(name)) problems.push(`${fn.id}(${name}): described but not a parameter`);
    }
  }
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: described but not a function`);
  return problems;
}

/** functions.json with the table's descriptions; throws when the table does not fit (a build error). */
export function localizeMetadata(metadata: FunctionsMetadata, table: LocalizedDescriptions): FunctionsMetadata {
  const problems = descriptionProblems(metadata, table);
  if (problems.length > 0)
    throw new Error(`descriptions.ja-JP.json does not fit functions.json:\n${problems.join('\n')}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = table[fn.id] as LocalizedDescriptions[string];
      return {
        ...fn,
        description: entry.description,
        parameters: fn.parameters.map((p) => ({ ...p, description: entry.parameters[p.name] })),
      };
    }),
  };
}

/** What the two files must agree on: ids, names, and each parameter's name, type, dimensionality, optionality. */
export function metadataShape(metadata: FunctionsMetadata): string[] {
  return metadata.functions.map(
    (fn) =>
      `${fn.id}/${fn.name}(${fn.parameters
        .map(
          (p) =>
            `${p.name}:${JSON.stringify(p['type'])}:${JSON.stringify(p['dimensionality'] ?? 'scalar')}${p['optional'] ? '?' : ''}`,
        )
        .join(',')})->${JSON.stringify(fn['result'])}`,
  );
}
