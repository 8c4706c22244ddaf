// Renders build/icon.svg to the PNG sizes each platform needs, with the system Chromium.
// Run after changing the SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  const target = size === 1024 ? ['build/icon.png', `build/icons/${size}x${size}.png`] : [`build/icons/${size}x${size}.png`];
  for (const path of target) await page.screenshot({ path, omitBackground: true });
}
await browser.close();
