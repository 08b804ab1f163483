import { frame, headline, lede, type Brand } from './frame';

/** What a category's card shows. */
export interface CategoryCardData {
  name: string;
  description: string;
}

/** Bumped when this template's look changes. */
export const version = 1;

/** A journal category: its name and description. */
export function render(data: CategoryCardData, brand: Brand) {
  return frame(brand, 'Journal category', [headline(data.name, 80), lede(data.description, 170)]);
}
