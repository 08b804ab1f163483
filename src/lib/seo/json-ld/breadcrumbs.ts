import type { BreadcrumbList } from 'schema-dts';
import { ldId } from './ids';

/** One step of a breadcrumb trail, with an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** The trail from the home page down to `pageUrl` as a BreadcrumbList. */
export function breadcrumbNode(trail: Crumb[], pageUrl: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': ldId.breadcrumb(pageUrl),
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}
