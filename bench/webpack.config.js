// Builds the benchmarks into dist-bench/run.js: bench/run.ts, every case in bench/cases/ and the
// src/ code they measure, bundled the way the add-in is (webpack, production mode, modules
// concatenated), so a figure is the cost of the shipped code and not of tsx's per-call module getters.
// Not minified, so a stack trace from a failing case stays readable. Packages from node_modules stay
// external (required at run time, as Node would load them).
const path = require('path');

const ROOT = path.join(__dirname, '..');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: ROOT,
  entry: { run: './bench/run.ts' },
  output: { path: path.join(ROOT, 'dist-bench'), filename: '[name].js', clean: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  // The real directory of dist-bench/run.js at run time (the runner finds the repository from it).
  node: { __dirname: false, __filename: false },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => {
      const bare = request && !request.startsWith('.') && !path.isAbsolute(request);
      return bare ? callback(null, `commonjs ${request}`) : callback();
    },
  ],
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
      },
    ],
  },
  optimization: { minimize: false, concatenateModules: true, usedExports: true },
  performance: { hints: false },
};
