// The `kusei` command as one file, dist/cli/kusei.bundle.js, made by `npm run build:lib` before tsc
// (a type error elsewhere still fails the script, after the bundle is made). A cold `kusei summary`
// then reads and compiles one file instead of resolving and loading ~200 small modules (issue 11).
// Every subcommand is in it (dynamic imports eager, so no chunk files), each still run only when
// asked for. Packages from node_modules stay external and load as Node loads them (ExcelJS only when
// a workbook is written, as before), but fflate (below). dist/cli/kusei.js (tsc) remains what the
// library build and the benchmarks' peers use.
const path = require('path');
const { DefinePlugin } = require('webpack');
const MinimizerPlugin = require('minimizer-webpack-plugin');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: './src/cli/kusei.ts',
  output: {
    path: path.join(__dirname, 'dist', 'cli'),
    filename: 'kusei.bundle.js',
    library: { type: 'commonjs2' },
    // dist/cli also holds tsc's output: replace only this file.
    clean: false,
  },
  devtool: false,
  resolve: {
    extensions: ['.ts', '.js'],
    // fflate is bundled, as its browser build: the CLI calls only its synchronous functions (zlib
    // inflates in Node; fflate zips the stored choices), the same code in both builds, and the Node
    // build loads worker_threads at start for the asynchronous ones. Bundled as ES modules, only the
    // functions used are kept, and a summary does not resolve and compile the whole package.
    alias: { fflate$: path.join(path.dirname(require.resolve('fflate/package.json')), 'esm', 'browser.js') },
  },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => {
      const bare = request && !request.startsWith('.') && !path.isAbsolute(request) && request !== 'fflate';
      return bare ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  module: {
    parser: { javascript: { dynamicImportMode: 'eager' } },
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
      },
    ],
  },
  plugins: [
    // The bundle is never the main module (bin/kusei.js requires it and calls main): src/cli/kusei.ts's
    // `require.main === module`, which starts the command when tsx runs that file, must not start it here.
    new DefinePlugin({ 'require.main': 'undefined' }),
  ],
  optimization: {
    // Minified: a third of the size, so less to read and compile at start and at each function's first
    // call (measured: ~10 ms of the load, more over a summary). Names are kept, so an internal error's
    // stack still says which functions it went through.
    minimize: true,
    minimizer: [
      new MinimizerPlugin({
        minify: {
          implementation: MinimizerPlugin.terserMinify,
          options: { keep_fnames: true, keep_classnames: true },
        },
      }),
    ],
    concatenateModules: true,
    usedExports: true,
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};
