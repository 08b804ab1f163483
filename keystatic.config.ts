import { config } from '@keystatic/core';
import { CONTENT_TYPES, SETTINGS } from './src/content-model/types';
import { keystaticCollection, keystaticSingleton } from './src/keystatic/fields';
import { storage } from './src/keystatic/storage';

export default config({
  // The config runs in the browser too, so it reads only PUBLIC_ variables.
  storage: storage(import.meta.env),
  ui: {
    brand: { name: 'Quire' },
    navigation: {
      Journal: ['posts', 'categories'],
      Library: ['faqs', 'comparisons'],
      Services: ['services'],
      People: ['authors'],
      Settings: ['settings'],
    },
  },
  // Built from the content model: one module per type under src/content-model/types/.
  collections: Object.fromEntries(
    Object.entries(CONTENT_TYPES).map(([name, type]) => [name, keystaticCollection(type as never)]),
  ),
  singletons: { settings: keystaticSingleton(SETTINGS) },
});
