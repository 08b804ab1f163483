import type { BlockName } from '../../content-model/blocks';
import { checkBlockProps } from '../../content-model/types';

/**
 * Why a body block's props are not valid (`<CallToAction>: headline is required (write some text)`), or
 * `undefined` when they are. The admin saves a block with empty required fields (Keystatic does not
 * check them); the dev server then shows this message where the block would be, and lists it in the
 * page's problem box, instead of failing the whole page. A build never renders such a block: the
 * content check stops it first, and the components throw if one gets through.
 */
export function blockProblem(name: BlockName, props: object): string | undefined {
  const result = checkBlockProps(name, props);
  if (result.success) return undefined;
  return `<${name}>: ${result.error.issues.map((issue) => issue.message).join('; ')}`;
}
