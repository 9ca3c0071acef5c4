import { detectHost } from '../../src/taskpane/boot';

const at = (search = '') => ({ location: { search } });

describe('detectHost', () => {
  it('starts standalone when office.js did not load (Office undefined), without waiting', async () => {
    await expect(detectHost(at())).resolves.toEqual({ kind: 'standalone', reason: 'noOfficeJs', lang: 'ja' });
  });

  it('starts standalone when Office.onReady reports no host (a plain browser)', async () => {
    const Office = { onReady: () => Promise.resolve({ host: null }) };
    await expect(detectHost({ ...at('?lang=en'), Office })).resolves.toEqual({
      kind: 'standalone',
      reason: 'noHost',
      lang: 'en',
    });
  });

  it('runs in Excel, in Japanese unless Office’s display language is English', async () => {
    const office = (displayLanguage: string) => ({
      onReady: () => Promise.resolve({ host: 'Excel' }),
      context: { displayLanguage },
    });
    await expect(detectHost({ ...at(), Office: office('ja-JP') })).resolves.toEqual({ kind: 'excel', lang: 'ja' });
    await expect(detectHost({ ...at(), Office: office('en-US') })).resolves.toEqual({ kind: 'excel', lang: 'en' });
    await expect(detectHost({ ...at('?lang=en'), Office: office('ja-JP') })).resolves.toEqual({
      kind: 'excel',
      lang: 'ja',
    });
  });
});
