/**
 * The header fits one line at 1280 px in every language, for a supervisor
 * (the most links) with a long name; its menus work by keyboard alone; the
 * language chosen on My profile applies at once, without a restart.
 */
import { expect, test, type Page } from '@playwright/test';
import { SUPPORTED_LOCALES, type Language } from '../../shared/schemas/settings';
import { ar } from '../../renderer/src/i18n/ar';
import { en } from '../../renderer/src/i18n/en';
import { es } from '../../renderer/src/i18n/es';
import { fr } from '../../renderer/src/i18n/fr';
import { ru } from '../../renderer/src/i18n/ru';
import { FirstRunPage, SCREENSHOTS } from './page-models/app';

const CATALOGUES = { en, ar, ru, es, fr } as const satisfies Record<Language, unknown>;
const LONG_NAME = 'Nomvula Mahlangu-Vilakazi van der Westhuizen';

/**
 * The vertical middles of the header's parts and of each navigation item (one
 * line when they all match), and the parts that overlap their neighbour.
 */
async function headerLines(page: Page): Promise<{ height: number; lineHeight: number; middles: number[]; overlaps: string[] }> {
  return page.getByRole('banner').evaluate((header) => {
    const parts = [...header.children, ...header.querySelectorAll('.app-nav > li, .session-controls > *')].filter(
      (el) => getComputedStyle(el).position !== 'absolute',
    );
    const middle = (el: Element) => {
      const box = el.getBoundingClientRect();
      return Math.round(box.top + box.height / 2);
    };
    const link = header.querySelector('.app-nav a')!;
    const boxes = [...header.querySelectorAll('.app-header__name, .app-nav > li, .session-controls > *')]
      .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }))
      .sort((a, b) => a.box.left - b.box.left);
    const overlaps = boxes.slice(1).flatMap((next, i) => (next.box.left < boxes[i]!.box.right - 1 ? [`${boxes[i]!.text} / ${next.text}`] : []));
    return { height: header.getBoundingClientRect().height, lineHeight: link.getBoundingClientRect().height, middles: parts.map(middle), overlaps };
  });
}

test('the header is one line at 1280 px in every language, and the language switches without a restart', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: LONG_NAME, country: 'South Africa', postCode: 'MOW' });
  expect(page.viewportSize()?.width).toBe(1280);
  for (const language of SUPPORTED_LOCALES) {
    const m = CATALOGUES[language];
    await page.goto('/#/profile');
    const current = await page.locator('html').getAttribute('lang');
    const select = page.getByRole('combobox', { name: CATALOGUES[(current ?? 'en') as Language].myProfile.language, exact: true });
    await select.selectOption(language);
    await page.getByRole('button', { name: CATALOGUES[(current ?? 'en') as Language].myProfile.save }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { name: m.myProfile.title, level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    const { height, lineHeight, middles, overlaps } = await headerLines(page);
    await page.getByRole('banner').screenshot({ path: `${SCREENSHOTS}/header-${language}.png` });
    // Every part of the header sits on the same line, and the header is no taller than one line and its padding.
    expect(Math.max(...middles) - Math.min(...middles), `${language}: header parts on one line`).toBeLessThanOrEqual(6);
    expect(height, `${language}: header height`).toBeLessThan(lineHeight * 2 + 8);
    expect(overlaps, `${language}: nothing in the header covers its neighbour`).toEqual([]);
  }
});

test('the header menus work by keyboard: open, move, choose, close', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).setUp({ name: 'Thandi Nkosi', country: 'South Africa', postCode: 'MOW' });
  const banner = page.getByRole('banner');
  const admin = banner.getByRole('button', { name: 'Admin', exact: true });
  await expect(admin).toHaveAttribute('aria-expanded', 'false');

  // Arrow Down on the button opens the menu at its first item; arrows move; Escape closes and returns.
  await admin.focus();
  await page.keyboard.press('ArrowDown');
  await expect(admin).toHaveAttribute('aria-expanded', 'true');
  await expect(banner.getByRole('link', { name: 'Profiles' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(banner.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(banner.getByRole('link', { name: 'Sync', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(banner.getByRole('link', { name: 'Profiles' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(banner.getByRole('link', { name: 'Sync', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(admin).toHaveAttribute('aria-expanded', 'false');
  await expect(admin).toBeFocused();
  await expect(banner.getByRole('link', { name: 'Settings' })).toBeHidden();

  // Enter opens it, Tab walks into it, Enter follows the link and the menu closes on the new page.
  await page.keyboard.press('Enter');
  await expect(admin).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(banner.getByRole('link', { name: 'Profiles' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
  await expect(admin).toHaveAttribute('aria-expanded', 'false');

  // Tabbing out of an open menu closes it.
  const data = banner.getByRole('button', { name: 'Data', exact: true });
  await data.focus();
  await page.keyboard.press('Space');
  await expect(data).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(data).toHaveAttribute('aria-expanded', 'false');

  // The person's menu: who is signed in, and Sign out, by keyboard.
  const mine = banner.getByRole('button', { name: 'Profile menu of Thandi Nkosi' });
  await mine.focus();
  await page.keyboard.press('Enter');
  await expect(banner).toContainText('Signed in as Thandi Nkosi (Supervisor)');
  await page.keyboard.press('ArrowUp');
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sign in to Homeward' })).toBeVisible();
});
