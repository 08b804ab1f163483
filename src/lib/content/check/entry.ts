import type { Snapshot } from '../references';
import type { RawEntry } from './read-content';
import type { BodyFacts } from './scan-body';

/** An entry after reading and validation, with what its body holds. */
export interface Entry extends RawEntry {
  collection: keyof Snapshot;
  /** Validated data; `undefined` when the schema refused it. */
  data?: Record<string, unknown>;
  /** Links, images and heading ids of the MDX body. */
  facts?: BodyFacts;
  /** Whether the entry's page is built (posts: published; everything else: always). */
  live: boolean;
  /** Why a post is not live: a draft, or scheduled for a later date. */
  hiddenBecause?: string;
}
