import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import type { BlockName } from '../../content-model/blocks';
import { bodyProblems, type BodyProblem, type MdxNode } from './body-rules';

/** Where a body's problems go: the build throws, the content check collects them. */
export type ProblemSink = (problems: BodyProblem[]) => void;

/**
 * A Sätteri mdast plugin that applies the body rules (`body-rules.ts`) to every MDX file before it is
 * compiled, so no expression, import, element or prop that is not data ever becomes code: it stops the
 * build (and fails the page under the dev server) with a line per problem. Block props with invalid
 * values (a required prop left empty) are left to the content check, which stops a build before any
 * body is compiled, and to the blocks, which show the problem in place under the dev server.
 */
export function contentIsData(options: {
  /** The project root, to name files as `content/journal/x.mdx`. */
  root: string;
  /** The blocks the file at a project path may hold. */
  blocksFor: (file: string) => readonly BlockName[];
  /** Receives the problems; by default they are thrown as one error. */
  sink?: (file: string) => ProblemSink;
}): MdastPluginDefinition {
  const fail = (file: string) => (problems: BodyProblem[]) => {
    const lines = problems.map((p) => `${file}: body (line ${p.line})${p.suffix}: ${p.message}`);
    throw new Error(
      `${lines.join('\n')}\n\nFix the body in the admin or the file (npm run check lists every problem).`,
    );
  };
  return {
    name: 'quire:content-is-data',
    options: { position: true },
    before(root, ctx) {
      const path = ctx.fileURL ? relative(options.root, fileURLToPath(ctx.fileURL)).split('\\').join('/') : '(body)';
      // Astro's MDX compiler imports the module a frontmatter `layout` names: that is code, never content.
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      if (frontmatter && 'layout' in frontmatter) {
        throw new Error(
          `${path}: layout: a layout is a module the build would run, which content cannot choose (remove the line)`,
        );
      }
      // Invalid prop values are the check's to report (and the dev server shows them in place); code
      // and markup never reach the compiler.
      const problems = bodyProblems(root as unknown as MdxNode, options.blocksFor(path)).filter((p) => !p.invalidValue);
      if (problems.length) (options.sink ?? fail)(path)(problems);
    },
  };
}
