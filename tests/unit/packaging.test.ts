import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import config from '../../build/electron-builder.config.mjs';
import { fontFiles } from '../../main/services/export/text/fonts';
import { findResourceRoot, unpackedPath } from '../../main/services/paths';
import { PROJECT_EXTENSION } from '../../main/services/projectStore';
import { TemplateLibrary } from '../../main/services/templateLibrary';
import { REPO_ROOT } from '../support/paths';

// Electron cannot be downloaded here, so `npm run dist` cannot run; these check everything short
// of it: the configuration, what the package will need at run time, and the resources.

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);

describe('the installer configuration', () => {
  it('is valid for electron-builder, and a misspelt option is caught the same way', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } } as never, new DebugLogger(false))).rejects.toThrow(/nsis/);
    expect(pkg.scripts.dist).toMatch(/electron-builder --config build\/electron-builder\.config\.mjs/);
  });

  it('builds per-user Windows, macOS and Linux installers, registers .cpolicy, and keeps user data on uninstall', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: PROJECT_EXTENSION.slice(1), icon: 'cpolicy' })]);
  });

  it('sets the fuses for production, keeping the inspector only in the end-to-end build', async () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, enableNodeCliInspectArguments: false, enableNodeOptionsEnvironmentVariable: false });
    process.env.CPB_E2E_BUILD = '1';
    const e2e = (await import(/* @vite-ignore */ `../../build/electron-builder.config.mjs?e2e=${Date.now()}`)) as { default: typeof config };
    delete process.env.CPB_E2E_BUILD;
    expect(e2e.default.electronFuses).toMatchObject({ enableNodeCliInspectArguments: true, runAsNode: false });
  });

  it('packs only the built app, never sources or tests', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map', '!node_modules/@expo-google-fonts/*/*/*.png']);
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'templates', to: 'templates' })]));
  });

  it('has the icons each platform needs', () => {
    expect(imageSize(readFileSync(join(REPO_ROOT, 'build', 'icon.png')))).toMatchObject({ width: 1024, height: 1024 });
    for (const file of ['icon.ico', 'icon.icns', 'cpolicy.ico', 'cpolicy.icns']) expect(existsSync(join(REPO_ROOT, 'build', file)), file).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(imageSize(readFileSync(join(REPO_ROOT, 'build', 'icons', 'linux', `${size}x${size}.png`))).width).toBe(size);
  });
});

describe('the packaged app', () => {
  it('loads at run time only modules that are bundled, built in, Electron, or production dependencies', () => {
    const entries = ['out/main/index.js', 'out/main/exportWorker.js', 'out/main/cli.js', 'out/preload/index.cjs'].map((file) => join(REPO_ROOT, file));
    for (const bundle of entries) expect(existsSync(bundle), `${relative(REPO_ROOT, bundle)}: run \`npm run build\` first`).toBe(true);
    // The entries and the chunks they load on demand (the writers, the chart library).
    const chunks = readdirSync(join(REPO_ROOT, 'out', 'main', 'chunks')).map((name) => join(REPO_ROOT, 'out', 'main', 'chunks', name));
    const bundles = [...entries, ...chunks];
    const code = bundles.map((file) => readFileSync(file, 'utf8')).join('\n');
    const specifiers = new Set([...code.matchAll(/(?:from\s*|import\(\s*|require\(\s*|\.resolve\(\s*)["'](@?[a-z0-9][\w@./-]*)["']/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules);
    const external = [...specifiers].filter((s) => !s.startsWith('node:') && !builtins.has(s) && s !== 'electron');
    expect(external.length).toBeGreaterThan(10);
    const missing = external.filter((s) => !(packageName(s) in pkg.dependencies));
    expect(missing, 'imported at run time but not in "dependencies" (electron-builder packs only those)').toEqual([]);
    expect(external.filter((s) => !existsSync(join(REPO_ROOT, 'node_modules', packageName(s), 'package.json'))), 'not installed').toEqual([]);
  });

  it('finds the templates in the resources folder of the installed app as well as in development', async () => {
    const resources = mkdtempSync(join(tmpdir(), 'cpb-resources-'));
    cpSync(join(REPO_ROOT, 'templates'), join(resources, 'templates'), { recursive: true });
    expect(findResourceRoot(resources)).toBe(resources);
    expect(findResourceRoot(undefined)).toBe(REPO_ROOT);
    const listed = await new TemplateLibrary(join(resources, 'templates')).list();
    expect(listed.ok && listed.value.map((t) => `${t.id}.${t.language}`).sort()).toEqual(
      ['blank', 'building-materials', 'duna-cargo', 'premium-manufacturer'].flatMap((id) => [`${id}.en`, `${id}.hu`]),
    );
  });

  it('reads the fonts from outside the archive, and leaves the fonts\' preview images out', () => {
    const fonts = fontFiles();
    for (const file of Object.values(fonts)) expect(existsSync(file), file).toBe(true);
    const installed = '/opt/Commercial Policy Builder/resources/app.asar/node_modules/@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf';
    expect(unpackedPath(installed)).toBe('/opt/Commercial Policy Builder/resources/app.asar.unpacked/node_modules/@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf');
    expect(unpackedPath('C:\\Program Files\\CPB\\resources\\app.asar\\node_modules\\x.ttf')).toBe('C:\\Program Files\\CPB\\resources\\app.asar.unpacked\\node_modules\\x.ttf');
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@expo-google-fonts/*/*/*.ttf', '**/*.node']));
    expect(config.files).toContain('!node_modules/@expo-google-fonts/*/*/*.png');
  });

  it('ships third-party notices that name every production dependency, with the font licence', () => {
    const notices = readFileSync(join(REPO_ROOT, 'build', 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    const absent = Object.keys(pkg.dependencies).filter((name) => {
      const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      return !notices.includes(`${name}@${version}`);
    });
    expect(absent, 'run `npm run notices` after changing dependencies').toEqual([]);
    expect(notices).toMatch(/Reserved Font Name 'Source'[\s\S]*SIL Open Font License/);
  });
});
