import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page text must render as text: no HTML sinks in product code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text (textContent / React).' },
        { property: 'outerHTML', message: 'Render page text as text.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Case data never leaves the browser: no network calls.' }],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
);
