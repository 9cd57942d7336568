import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateInfo } from '../../shared/api/contract';
import { newId } from '../../shared/project/blank';
import { Language } from '../../shared/project/primitives';
import type { Project } from '../../shared/project/schema';
import { parseProjectText } from '../../shared/project/validate';
import { appError, err, ok, type Result } from '../../shared/result';
import { projectCompleteness } from '../../shared/sections/completeness';
import { PROJECT_EXTENSION } from './projectStore';

/** `<id>.<language>.cpolicy`: each template is the same plan written once per language. */
const TEMPLATE_FILE = /^([a-z0-9-]+)\.([a-z]{2})\.cpolicy$/;

/** Starter projects shipped with the app: `<templatesDir>/projects/<id>.<language>.cpolicy`. */
export class TemplateLibrary {
  constructor(private readonly templatesDir: string) {}

  private get projectsDir() {
    return join(this.templatesDir, 'projects');
  }

  private async files(): Promise<Result<{ id: string; language: Language }[]>> {
    let names: string[];
    try {
      names = await readdir(this.projectsDir);
    } catch {
      return err(appError('internal', `The templates folder ${this.projectsDir} is missing. Reinstall the app.`));
    }
    return ok(
      names.flatMap((name) => {
        const match = TEMPLATE_FILE.exec(name);
        const language = Language.safeParse(match?.[2]);
        return match && language.success ? [{ id: match[1]!, language: language.data }] : [];
      }),
    );
  }

  /** Every template in every language it exists in: the blank one first, then by title. */
  async list(): Promise<Result<TemplateInfo[]>> {
    const files = await this.files();
    if (!files.ok) return files;
    const infos: TemplateInfo[] = [];
    for (const { id, language } of files.value) {
      const loaded = await this.load(id, language);
      if (!loaded.ok) return loaded;
      const { meta } = loaded.value;
      infos.push({ id, title: meta.title, companyName: meta.companyName, language, completeness: projectCompleteness(loaded.value).ratio });
    }
    return ok(infos.sort((a, b) => Number(b.id === 'blank') - Number(a.id === 'blank') || a.title.localeCompare(b.title, a.language) || a.language.localeCompare(b.language)));
  }

  async load(id: string, language: Language): Promise<Result<Project>> {
    if (!/^[a-z0-9-]+$/.test(id)) return err(appError('notFound', `There is no template "${id}".`));
    const file = join(this.projectsDir, `${id}.${language}${PROJECT_EXTENSION}`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      const files = await this.files();
      const languages = files.ok ? files.value.filter((f) => f.id === id).map((f) => f.language) : [];
      return err(
        appError(
          'notFound',
          languages.length > 0 ? `The template "${id}" is not available in ${language}; it is in ${languages.join(', ')}.` : `There is no template "${id}". Run "templates" to list them.`,
        ),
      );
    }
    const parsed = parseProjectText(text, file);
    return parsed.ok ? ok(parsed.value.project) : parsed;
  }

  /** A new project from a template: a fresh id and dates, and the given title if any. */
  async instantiate(id: string, language: Language, now: Date, title?: string): Promise<Result<Project>> {
    const loaded = await this.load(id, language);
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
