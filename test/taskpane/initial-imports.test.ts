import { join } from 'path';
import { reachableFrom, SRC } from '../support/runtime-imports';

describe("the pane's first download (issue 10's budget)", () => {
  const pane = [...reachableFrom(join(SRC, 'taskpane/index.tsx'))];
  const functions = reachableFrom(join(SRC, 'functions/functions.ts'));

  it('carries no message table: findings and open failures are rendered by the core chunk', () => {
    expect(pane).not.toContain('core/messages/index.ts');
    expect(pane).not.toContain('core/messages/render.ts');
  });

  it("holds, of the table's parts, only Excel's refusals beyond what functions.js brings", () => {
    const parts = pane.filter((name) => name.startsWith('core/messages/') && name.endsWith('.json'));
    expect(parts.filter((name) => !functions.has(name))).toEqual(['core/messages/gateway.json']);
  });
});
