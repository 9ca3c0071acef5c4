/**
 * The object functions.ts's `CustomFunctions.associate(id, fn)` loop reaches.
 * Inside Excel it is the runtime's CustomFunctions; in the task pane opened in a plain browser
 * (standalone mode, no Office) there is no such global, and associating is then a no-op instead
 * of a ReferenceError that would stop the page's scripts.
 */
export interface FunctionAssociation {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

export function functionAssociation(): FunctionAssociation {
  const host = (globalThis as { CustomFunctions?: Partial<FunctionAssociation> }).CustomFunctions;
  if (typeof host?.associate === 'function') return host as FunctionAssociation;
  return { associate: () => undefined };
}
