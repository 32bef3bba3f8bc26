// ESLint for the site's browser scripts: classic scripts (not modules: modules do not load from
// file://) sharing one global, window.handbook. `npm run lint`; mvn verify runs it (pom.xml).
'use strict';
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  { ignores: ['target/', 'site/', 'node_modules/'] },
  js.configs.recommended,
  {
    files: ['templates/assets/**/*.js', 'src/main/resources/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: { ...globals.browser }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: 'error',
      curly: 'error',
      'guard-for-in': 'error',
      'no-shadow': 'error',
      'max-len': ['error', { code: 120 }]
    }
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
  }
];
