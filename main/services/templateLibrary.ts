import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateInfo } from '../../shared/api/contract';
import { newId } from '../../shared/project/blank';
import type { Project } from '../../shared/project/schema';
import { parseProjectText } from '../../shared/project/validate';
import { appError, err, ok, type Result } from '../../shared/result';
import { projectCompleteness } from '../../shared/sections/completeness';
import { PROJECT_EXTENSION } from './projectStore';

/** Starter projects shipped with the app: `<templatesDir>/projects/<id>.cpolicy`. */
export class TemplateLibrary {
  constructor(private readonly templatesDir: string) {}

  private get projectsDir() {
    return join(this.templatesDir, 'projects');
  }

  async list(): Promise<Result<TemplateInfo[]>> {
    let names: string[];
    try {
      names = (await readdir(this.projectsDir)).filter((n) => n.endsWith(PROJECT_EXTENSION)).sort();
    } catch {
      return err(appError('internal', `The templates folder ${this.projectsDir} is missing. Reinstall the app.`));
    }
    const infos: TemplateInfo[] = [];
    for (const name of names) {
      const id = name.slice(0, -PROJECT_EXTENSION.length);
      const loaded = await this.load(id);
      if (!loaded.ok) return loaded;
      const { meta } = loaded.value;
      infos.push({ id, title: meta.title, companyName: meta.companyName, language: meta.outputLanguage, completeness: projectCompleteness(loaded.value).ratio });
    }
    // The blank template first, then the examples by title.
    return ok(infos.sort((a, b) => Number(b.id === 'blank') - Number(a.id === 'blank') || a.title.localeCompare(b.title)));
  }

  async load(id: string): Promise<Result<Project>> {
    if (!/^[a-z0-9-]+$/.test(id)) return err(appError('notFound', `There is no template "${id}".`));
    const file = join(this.projectsDir, `${id}${PROJECT_EXTENSION}`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return err(appError('notFound', `There is no template "${id}". Run "templates" to list them.`));
    }
    const parsed = parseProjectText(text, file);
    return parsed.ok ? ok(parsed.value.project) : parsed;
  }

  /** A new project from a template: a fresh id and dates, and the given title if any. */
  async instantiate(id: string, now: Date, title?: string): Promise<Result<Project>> {
    const loaded = await this.load(id);
    if (!loaded.ok) return loaded;
    const stamp = now.toISOString();
    const project = loaded.value;
    return ok({
      ...project,
      id: newId(),
      meta: { ...project.meta, title: title?.trim() || project.meta.title, createdAt: stamp, updatedAt: stamp, documentDate: stamp.slice(0, 10) },
    });
  }
}
