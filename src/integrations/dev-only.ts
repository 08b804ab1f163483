import type { AstroIntegration } from 'astro';

/**
 * Runs an integration under `astro dev` only, so the static build ships neither its routes nor its
 * client code (used for the Keystatic admin and the React renderer it needs).
 */
export function devOnly(integration: AstroIntegration): AstroIntegration {
  let active = false;
  const hooks: AstroIntegration['hooks'] = {};
  for (const [name, hook] of Object.entries(integration.hooks)) {
    if (typeof hook !== 'function') continue;
    (hooks as Record<string, unknown>)[name] = (params: { command?: string }) => {
      if (name === 'astro:config:setup') active = params.command === 'dev';
      return active ? (hook as (p: unknown) => unknown)(params) : undefined;
    };
  }
  return { name: `${integration.name}[dev-only]`, hooks };
}
