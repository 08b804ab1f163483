import { config } from '@keystatic/core';
import { comparisons } from './src/keystatic/collections/comparisons';
import { faqs } from './src/keystatic/collections/faqs';
import { authors, categories } from './src/keystatic/collections/people';
import { posts } from './src/keystatic/collections/posts';
import { services } from './src/keystatic/collections/services';
import { settings } from './src/keystatic/collections/settings';
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
  collections: { posts, faqs, comparisons, services, authors, categories },
  singletons: { settings },
});
