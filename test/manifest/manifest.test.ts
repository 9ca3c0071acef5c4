import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest, pngSize, type ManifestFiles } from '../../scripts/manifest-checks';

const ROOT = join(__dirname, '../..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

interface BuildConfig {
  entry: Record<string, string>;
  plugins: { constructor: { name: string }; options?: { output?: string }; userOptions?: { filename?: string } }[];
}

/**
 * The files a production build serves, named from webpack.config.js itself (entries, the html page,
 * the generated metadata files) plus the icons in assets/: the manifest is checked against what the
 * build will produce without needing a previous build.
 */
function buildOutputs(): ManifestFiles {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => BuildConfig;
  const config = makeConfig({}, { mode: 'production' });
  const produced = new Set<string>(Object.keys(config.entry).map((name) => `${name}.js`));
  for (const plugin of config.plugins) {
    const output = plugin.userOptions?.filename ?? plugin.options?.output;
    if (output) produced.add(output);
  }
  return {
    read(path: string): Uint8Array | null {
      if (path.startsWith('assets/')) {
        const file = join(ROOT, path);
        return existsSync(file) ? readFileSync(file) : null;
      }
      return produced.has(path) ? new Uint8Array([0]) : null;
    },
  };
}

function problems(xml: string, files: ManifestFiles = buildOutputs()): string[] {
  return checkManifest(xml, files).flatMap((check) => check.problems);
}

describe("manifest.xml (offline structural checks; Microsoft's validator is online only)", () => {
  it('passes every check against the files the build produces', () => {
    expect(checkManifest(MANIFEST, buildOutputs()).map((c) => [c.name, c.problems])).toEqual(
      checkManifest(MANIFEST, buildOutputs()).map((c) => [c.name, []]),
    );
  });

  it('the build serves the task pane page, functions script and both metadata files', () => {
    const files = buildOutputs();
    for (const path of ['taskpane.html', 'functions.js', 'functions.json', 'functions.ja-JP.json']) {
      expect([path, files.read(path) !== null]).toEqual([path, true]);
    }
  });

  it('fails on XML that is not well formed', () => {
    expect(problems(MANIFEST.replace('</Hosts>', ''))[0]).toBeDefined();
  });

  it('fails on an http URL', () => {
    expect(
      problems(MANIFEST.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js')),
    ).toContainEqual(expect.stringContaining('is not https'));
  });

  it('fails on a URL the build does not produce', () => {
    expect(problems(MANIFEST.replace('functions.js"', 'funcs.js"'))).toContainEqual(
      expect.stringContaining('funcs.js is not a file the build produces'),
    );
  });

  it('fails without the ja-JP metadata override', () => {
    const xml = MANIFEST.replace(/<bt:Override Locale="ja-JP" Value="[^"]*functions\.ja-JP\.json"\/>/, '');
    expect(problems(xml)).toContain('Metadata has no ja-JP override to functions.ja-JP.json');
  });

  it('fails with another namespace, a second permission level or no shared runtime', () => {
    expect(problems(MANIFEST.replace('DefaultValue="KUSEI"/>', 'DefaultValue="KSI"/>'))).toContainEqual(
      expect.stringContaining('not KUSEI'),
    );
    expect(problems(MANIFEST.replace('ReadWriteDocument', 'ReadWriteMailbox'))).toContainEqual(
      expect.stringContaining('ReadWriteDocument only'),
    );
    expect(
      problems(
        MANIFEST.replace(
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime resid="Taskpane.Url" lifetime="short"/>',
        ),
      ),
    ).toContain('Runtime lifetime is not "long"');
  });

  it('fails when an icon has the wrong size', () => {
    const files = buildOutputs();
    const wrong: ManifestFiles = {
      read: (path) => (path === 'assets/icon-80.png' ? files.read('assets/icon-64.png') : files.read(path)),
    };
    expect(problems(MANIFEST, wrong)).toContainEqual(expect.stringContaining('64×64, expected 80×80'));
  });

  it('fails on a bad Id or Version and a missing en-US override', () => {
    const xml = MANIFEST.replace(/<Id>[^<]*<\/Id>/, '<Id>kusei</Id>')
      .replace('<Version>0.1.0.0</Version>', '<Version>0.1</Version>')
      .replace(/<Override Locale="en-US" Value="KUSEI ward policy progress"\/>/, '');
    expect(problems(xml)).toEqual(
      expect.arrayContaining([
        'Id "kusei" is not a GUID',
        'Version "0.1" is not n.n.n.n',
        'DisplayName has no en-US override',
      ]),
    );
  });
});

describe('icons (scripts/make-icons.mjs)', () => {
  it.each([16, 32, 64, 80, 128])('assets/icon-%i.png is a real PNG of that size', (size) => {
    expect(pngSize(readFileSync(join(ROOT, `assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
  });
});
