// `npm run icons`: renders the icon SVGs to every format the installers need (PNG sizes for Linux,
// ICO for Windows, ICNS for macOS). The outputs are committed, so a build needs no rendering.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const here = dirname(fileURLToPath(import.meta.url));
const png = (svg, size) => new Resvg(readFileSync(join(here, svg)), { fitTo: { mode: 'width', value: size } }).render().asPng();

// App icon: build/icon.png (1024, electron-builder's source), icon.ico, icon.icns, and Linux sizes.
const app = png('app.svg', 1024);
writeFileSync(join(here, '..', 'icon.png'), app);
writeFileSync(join(here, '..', 'icon.ico'), png2icons.createICO(app, png2icons.BICUBIC2, 0, false, true));
writeFileSync(join(here, '..', 'icon.icns'), png2icons.createICNS(app, png2icons.BICUBIC2, 0));
mkdirSync(join(here, 'linux'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(here, 'linux', `${size}x${size}.png`), png('app.svg', size));

// Document icon for .cpolicy files (file association).
const doc = png('document.svg', 1024);
writeFileSync(join(here, '..', 'cpolicy.ico'), png2icons.createICO(doc, png2icons.BICUBIC2, 0, false, true));
writeFileSync(join(here, '..', 'cpolicy.icns'), png2icons.createICNS(doc, png2icons.BICUBIC2, 0));
writeFileSync(join(here, '..', 'cpolicy.png'), doc);
console.log('Icons written to build/.');
