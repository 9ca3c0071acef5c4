import { OfficeMockObject } from 'office-addin-mock';
import { OfficeGateway } from '../../src/office/office-gateway';

/**
 * The two gateway calls the plan choice needs (issue 16 §2, §5): reading the 計画定義 sheet by name,
 * without activating it, and a full recalculation after the functions' plan period changed.
 */
const ALL_SUPPORTED = { isSetSupported: () => true };

function workbookWith(sheet: { name: string; address: string; values: (string | number)[][] } | null) {
  const calculated: string[] = [];
  const activated: string[] = [];
  const values = sheet?.values ?? [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        sheet: {
          name: sheet?.name ?? '',
          usedRange: {
            address: `${sheet?.name ?? ''}!${sheet?.address ?? 'A1'}`,
            rowCount: values.length,
            columnCount: values[0]?.length ?? 0,
            mergedAreas: { address: '' },
            getMergedAreasOrNullObject(this: { mergedAreas: unknown }) {
              return this.mergedAreas;
            },
          },
          block: {
            values,
            valueTypes: values.map((row) =>
              row.map((v) => (typeof v === 'number' ? 'Double' : v === '' ? 'Empty' : 'String')),
            ),
            formulas: values,
            numberFormat: values.map((row) => row.map(() => 'General')),
          },
          getUsedRange(this: { usedRange: unknown }) {
            return this.usedRange;
          },
          getRange(this: { block: unknown }, address: string) {
            if (address !== sheet?.address) throw new Error(`unexpected range ${address}`);
            return this.block;
          },
          activate: () => activated.push(sheet?.name ?? ''),
        },
        getItemOrNullObject(this: { sheet: unknown }) {
          return this.sheet;
        },
      },
      application: { calculate: (type: string) => calculated.push(type) },
    },
  });
  const tree = mock.workbook as Record<string, Record<string, Record<string, unknown>>>;
  // Office fills isNullObject without a load; the mock needs it set by hand.
  tree.worksheets!.sheet!.isNullObject = sheet === null;
  (tree.worksheets!.sheet!.usedRange as Record<string, Record<string, unknown>>).mergedAreas!.isNullObject = true;
  const context = mock as unknown as Excel.RequestContext;
  const gateway = new OfficeGateway((batch) => batch(context), ALL_SUPPORTED);
  return { gateway, calculated, activated };
}

describe('OfficeGateway.readSheet', () => {
  it('reads the named sheet whole without activating it', async () => {
    const { gateway, activated } = workbookWith({
      name: '計画定義',
      address: 'A1:B2',
      values: [
        ['計画定義', ''],
        ['計画ID', 'policy-r6'],
      ],
    });
    const snapshot = await gateway.readSheet('計画定義');
    expect(snapshot?.name).toBe('計画定義');
    expect(snapshot?.origin).toBe('A1');
    expect(snapshot?.values).toEqual([
      ['計画定義', null],
      ['計画ID', 'policy-r6'],
    ]);
    expect(activated).toEqual([]);
  });

  it('gives null for a workbook without that sheet', async () => {
    const { gateway } = workbookWith(null);
    expect(await gateway.readSheet('計画定義')).toBeNull();
  });
});

describe('OfficeGateway.recalculate', () => {
  it('asks Excel for a full recalculation', async () => {
    const { gateway, calculated } = workbookWith(null);
    await gateway.recalculate();
    expect(calculated).toEqual(['Full']);
  });
});
