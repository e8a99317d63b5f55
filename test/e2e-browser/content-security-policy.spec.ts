import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../shared/security-headers';

test('browser mode is served under the app:// policy, which blocks an injected inline script and style element', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await expect(page.getByRole('heading', { name: 'Who is using this workstation?' })).toBeVisible();

  const outcome = await page.evaluate(async () => {
    const reported: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => reported.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { margin-inline-start: 123px; }';
    document.head.append(style);
    // Violation events are dispatched asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      injectedRan: (window as unknown as { injectedRan?: boolean }).injectedRan === true,
      styled: getComputedStyle(document.body).marginInlineStart === '123px',
      reported,
    };
  });
  expect(outcome).toEqual({ injectedRan: false, styled: false, reported: ['script-src-elem', 'style-src-elem'] });
  expect(violations.length).toBeGreaterThanOrEqual(2);
});
