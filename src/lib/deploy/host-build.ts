/** How a host builds the site: the command, and the folder it publishes. */
export const HOST_BUILD = { command: 'npm run build', output: 'dist' };
