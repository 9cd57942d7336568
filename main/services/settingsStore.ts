import { copyFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch, type WindowState } from '../../shared/settings';

/**
 * App settings in their own lowdb file. Settings are a convenience: a damaged file is copied
 * aside and replaced by defaults rather than stopping the app.
 */
export class SettingsStore {
  private readonly db: Low<Settings>;
  private loaded = false;

  constructor(private readonly file: string) {
    this.db = new Low<Settings>(
      new DataFile<Settings>(file, {
        parse: (text) => Settings.parse(JSON.parse(text)),
        stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
      }),
      structuredClone(DEFAULT_SETTINGS),
    );
  }

  async get(): Promise<Settings> {
    if (!this.loaded) {
      try {
        await this.db.read();
      } catch {
        await copyFile(this.file, `${this.file}.damaged`).catch(() => undefined);
        this.db.data = structuredClone(DEFAULT_SETTINGS);
      }
      this.loaded = true;
    }
    return this.db.data;
  }

  async update(patch: SettingsPatch & { window?: WindowState | null }): Promise<Settings> {
    const current = await this.get();
    this.db.data = Settings.parse({ ...current, ...patch });
    await this.db.write();
    return this.db.data;
  }

  async addRecentFile(path: string): Promise<Settings> {
    const current = await this.get();
    this.db.data = { ...current, recentFiles: [path, ...current.recentFiles.filter((p) => p !== path)].slice(0, 10) };
    await this.db.write();
    return this.db.data;
  }
}
