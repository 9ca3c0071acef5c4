/**
 * A word looked up in one of the core's tables. Tables are object literals for readability, but a
 * cell is free text: `table["constructor"]` would find Object.prototype's member and a cell reading
 * "5constructor" would become 5 of some unit. Only the table's own entries count.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
