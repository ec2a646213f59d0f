import playwright from 'eslint-plugin-playwright';
import baseConfig from '../../eslint.config.mjs';

export default [
  playwright.configs['flat/recommended'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      // Assertions shared across specs live in src/support; they count as expectations.
      'playwright/expect-expect': [
        'error',
        {
          assertFunctionNames: [
            'expectNoSeriousA11yViolations',
            'expectAllPartsUp',
            'expectMenu',
          ],
        },
      ],
    },
  },
];
