// Builds the add-in into dist/: the task pane and the custom functions in one page (shared runtime),
// functions.json and functions.ja-JP.json written from the one table of functions
// (src/functions/table.ts), the icons, and manifest.xml rewritten for the URL the add-in is hosted at.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { require: tsxRequire } = require('tsx/cjs/api');

/** The URL manifest.xml in the repository is written for (the dev server). */
const DEV_BASE_URL = 'https://localhost:3000/';

/** Where dist/ will be served from; a ward office can host it anywhere (https only). */
function baseUrl() {
  const url = process.env.KUSEI_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`KUSEI_BASE_URL must be an https URL, got "${url}"`);
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Certificates made by `npx office-addin-dev-certs install` when they exist (Excel trusts them once
 * their CA is installed); otherwise webpack-dev-server's own self-signed certificate.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return 'https';
  const options = {};
  for (const [option, file] of Object.entries(files)) options[option] = fs.readFileSync(path.join(dir, file));
  return { type: 'https', options };
}

/**
 * Build step: functions.json and functions.ja-JP.json from the one table of functions
 * (src/functions/table.ts, through src/functions/metadata.ts), each checked against the
 * custom-functions metadata schema (scripts/functions-metadata.ts); a problem fails the build. Data,
 * not JSDoc: see src/functions/metadata.ts for why. Loaded through tsx, the same code the tests check.
 */
class FunctionsMetadataPlugin {
  /** @param {{ output: 'functions.json' | 'functions.ja-JP.json' }} options the file this instance writes */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { output } = this.options;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      for (const file of [
        'src/functions/table.ts',
        'src/functions/metadata.ts',
        'src/core/messages/functions.ts',
        'src/core/messages/function-metadata.ts',
        'src/core/messages/function-metadata.json',
      ])
        compilation.fileDependencies.add(path.join(__dirname, file));
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { checkedMetadataFiles } = tsxRequire('./scripts/functions-metadata.ts', __filename);
            const text = checkedMetadataFiles()[output];
            if (text === undefined) throw new Error(`no custom-function metadata file named ${output}`);
            compilation.emitAsset(output, new sources.RawSource(text), { minimized: true });
          } catch (error) {
            compilation.errors.push(new WebpackError(String(error && error.message ? error.message : error)));
          }
        },
      );
    });
  }
}

/**
 * Build step: the icons into dist/assets and manifest.xml into dist with its URLs rewritten for where
 * dist/ will be hosted. A few lines of our own instead of copy-webpack-plugin: the manifest must be
 * rewritten on the way, and this needs nothing but webpack.
 */
class StaticAssetsPlugin {
  /** @param {{ root: string, icons: string, manifest: string, rewriteManifest: (xml: string) => string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { root, icons, manifest, rewriteManifest } = this.options;
    compiler.hooks.thisCompilation.tap('StaticAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'StaticAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const iconDir = path.join(root, icons);
          compilation.contextDependencies.add(iconDir);
          for (const file of fs.readdirSync(iconDir).filter((name) => name.endsWith('.png'))) {
            const source = new sources.RawSource(fs.readFileSync(path.join(iconDir, file)));
            compilation.emitAsset(`${icons}/${file}`, source, { minimized: true });
          }
          const manifestPath = path.join(root, manifest);
          compilation.fileDependencies.add(manifestPath);
          const xml = rewriteManifest(fs.readFileSync(manifestPath, 'utf8'));
          compilation.emitAsset(manifest, new sources.RawSource(xml), { minimized: true });
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const url = baseUrl();
  return {
    devtool: production ? false : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      // The pane runs in the same page as the functions (shared runtime) and always after them:
      // depending on the functions entry, its lazy chunks reuse the core modules functions.js already
      // brought (values, rules, messages) instead of downloading them a second time.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Remove stale chunks of earlier builds, but keep the Node library build (dist/lib, dist/core …
      // from `npm run build:lib`).
      clean: { keep: /^(lib|core|workbook|files|cli)[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      // The browser build of ExcelJS is already bundled and minified: parsing it again is slow and
      // its internal requires must stay untouched (toolchain.md).
      noParse: [/exceljs[\\/]dist[\\/]exceljs\.min\.js$/],
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    optimization: {
      // Both entries run in one page (shared runtime): one webpack runtime, so modules and lazy
      // chunks are loaded once and not by two competing runtimes.
      runtimeChunk: 'single',
      // The ExcelJS chunk is shipped minified already: minifying it again costs minutes (toolchain.md).
      minimizer: [new MinimizerPlugin({ exclude: /exceljs/ })],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin({ output: 'functions.json' }),
      new FunctionsMetadataPlugin({ output: 'functions.ja-JP.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['runtime', 'taskpane', 'functions'],
      }),
      new StaticAssetsPlugin({
        root: __dirname,
        icons: 'assets',
        manifest: 'manifest.xml',
        // Every URL, and the AppDomain (an origin, without the path).
        rewriteManifest: (xml) =>
          xml.split(DEV_BASE_URL).join(url).split(new URL(DEV_BASE_URL).origin).join(new URL(url).origin),
      }),
      new StaticAssetsPlugin({
        root: __dirname,
        icons: 'assets',
        manifest: 'manifest-pane.xml',
        // The task pane alone, for Excel without the shared runtime (issue 14 §3): same URLs.
        rewriteManifest: (xml) =>
          xml.split(DEV_BASE_URL).join(url).split(new URL(DEV_BASE_URL).origin).join(new URL(url).origin),
      }),
    ],
    devServer: {
      host: 'localhost',
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};
