import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens an admin screen (`collection/posts/item/x`, `collection/faqs/create`...) and waits until Keystatic
 * has loaded it: its first field editable (an entry's with the saved value in it), no spinner left and, on
 * a post or FAQ, the body editor in place. (`goto` waits for network idle: no request in flight for 500 ms.)
 */
export async function openAdminScreen(page: Page, origin: string, path: string, firstLabel: RegExp): Promise<void> {
  await page.goto(`${origin}/keystatic/${path}`, { waitUntil: 'networkidle', timeout: 180_000 });
  const first = page.getByLabel(firstLabel).first();
  await first.waitFor({ timeout: 120_000 });
  await expect.poll(() => first.isEditable(), { timeout: 30_000 }).toBe(true);
  if (path.includes('/item/')) await expect.poll(() => first.inputValue(), { timeout: 30_000 }).not.toBe('');
  if (/^collection\/(posts|faqs)\/(create|item\/)/.test(path)) {
    await page.locator('[contenteditable=true]').first().waitFor({ timeout: 30_000 });
  }
  await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 30_000 }).toBe(0);
}
