import { functionsMetadata } from '../../src/functions/metadata';
import { KUSEI, registerFunctions } from '../../src/functions/functions';

/**
 * Registration is one CustomFunctions.associate loop over the table: every id Excel finds in
 * functions.json must be associated with the function it calls (Microsoft: "Manually create JSON
 * metadata for custom functions" — associate each id), and nothing else.
 */
describe('registration', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)['CustomFunctions'];
  });

  it('associates every id of functions.json once, with the function that computes it', () => {
    const associate = jest.fn<void, [string, (...args: unknown[]) => unknown]>();
    (globalThis as Record<string, unknown>)['CustomFunctions'] = { associate };
    registerFunctions();
    const ids = functionsMetadata('en').functions.map((fn) => fn.id);
    expect(associate.mock.calls.map(([id]) => id)).toEqual(ids);
    const status = associate.mock.calls.find(([id]) => id === 'STATUS')?.[1] ?? KUSEI.progress;
    expect(status([['20.8%']], [['H29年度までに50%以上']], [[1]], [[3]])).toEqual([['概ね順調']]); // seed 000 ※3
  });

  it('outside Excel (the pane in a plain browser) registering is a no-op, not a ReferenceError', () => {
    expect(() => registerFunctions()).not.toThrow();
  });
});
