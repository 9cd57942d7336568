// electron-builder configuration: `npm run dist` (see README, "Installers").
// Code signing is switched on by environment variables only (CSC_LINK / CSC_KEY_PASSWORD for
// Windows and macOS, APPLE_ID / APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID for notarisation);
// nothing secret lives in the repository.

/** The build the end-to-end tests of a packaged app use keeps the inspector (for Playwright); releases do not. */
const e2eBuild = process.env.CPB_E2E_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'com.commercialpolicybuilder.app',
  productName: 'Commercial Policy Builder',
  copyright: 'Copyright © 2026 Commercial Policy Builder',
  directories: { output: 'dist', buildResources: 'build' },
  // Only what the running app needs: the built bundles and package.json; production
  // dependencies are added by electron-builder. Nothing from sources or tests.
  files: ['out/**', 'package.json', '!**/*.map', '!node_modules/@expo-google-fonts/*/*/*.png'],
  extraResources: [
    { from: 'templates', to: 'templates', filter: ['**/*.cpolicy'] },
    { from: 'build/THIRD_PARTY_NOTICES.txt', to: 'THIRD_PARTY_NOTICES.txt' },
    { from: 'build/LICENSE.txt', to: 'LICENSE.txt' },
  ],
  asar: true,
  // Native code reads these by path, which it cannot do inside the archive; the fonts are read
  // by the export worker, kept outside too so any reader of a path can open them.
  asarUnpack: ['**/*.node', 'node_modules/@expo-google-fonts/*/*/*.ttf'],
  fileAssociations: [
    {
      ext: 'cpolicy',
      name: 'Commercial Policy project',
      description: 'Commercial Policy Builder project',
      mimeType: 'application/x-commercial-policy+json',
      role: 'Editor',
      icon: 'cpolicy',
    },
  ],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: e2eBuild,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'icon.ico',
  },
  nsis: {
    // Per-user install: no administrator rights needed.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    license: 'build/LICENSE.txt',
    // Projects live in the user's data folder; uninstalling never deletes them.
    deleteAppDataOnUninstall: false,
    createDesktopShortcut: true,
    shortcutName: 'Commercial Policy Builder',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.business',
    icon: 'icon.icns',
    hardenedRuntime: true,
  },
  dmg: { title: 'Commercial Policy Builder ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons/linux',
    maintainer: 'Commercial Policy Builder <support@commercialpolicybuilder.com>',
    vendor: 'Commercial Policy Builder',
    synopsis: 'Write a commercial policy and the sales section of a business plan',
    description: 'Guides management through writing the company Commercial Policy and the sales section of its business plan, and exports DOCX and PDF deliverables with forecast charts.',
    executableName: 'commercial-policy-builder',
  },
  deb: { depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'] },
};

export default config;
