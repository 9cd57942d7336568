import { z } from 'zod';
import { TABLE_PROBLEMS, type TableProblemKey } from '../forecast/table';
import { ForecastLine, Project } from '../project/schema';
import { HexColor, Language } from '../project/primitives';
import { DOCUMENT_CHAPTER_IDS, type SectionId } from '../sections/catalogue';
import { ERROR_CODES, ERROR_REASONS, type Result } from '../result';
import { Settings, SettingsPatch } from '../settings';
import { CALL_NAMES, type CallName } from './callNames';

/**
 * The one API between the UI and the main process. Every call is declared here once, with its
 * input and output schemas; main implements each once; IPC (the app) and HTTP (end-to-end
 * tests) both carry exactly these calls.
 */

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  file: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string(), key: z.string().optional(), params: z.record(z.string(), z.string()).optional() })).optional(),
  reason: z.enum(ERROR_REASONS).optional(),
  params: z.record(z.string(), z.string()).optional(),
});

const ProjectKey = z.object({ id: z.string().min(1).max(200).regex(/^[^/\\]+$/, 'A project id is a file name without folders.') });

export const LibraryEntry = z.object({
  /** The file's name in the library without its extension. */
  id: z.string(),
  fileName: z.string(),
  title: z.string(),
  companyName: z.string(),
  updatedAt: z.string(),
  /** ok: opens for editing; readOnly: written by a newer app; damaged: cannot be opened. */
  state: z.enum(['ok', 'readOnly', 'damaged']),
  problem: AppErrorSchema.nullable(),
  backupAvailable: z.boolean(),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const TemplateInfo = z.object({
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
  language: Language,
  /** How much of the project the template fills in, 0..1. */
  completeness: z.number().min(0).max(1),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;

/** Why a project is open read-only: written by a newer app, a file marked read-only, a folder that cannot be written, or another app editing it. */
export const ReadOnlyReason = z.enum(['newerVersion', 'fileReadOnly', 'folderReadOnly', 'lockedByOther']);
export type ReadOnlyReason = z.infer<typeof ReadOnlyReason>;

export const OpenedProject = z.object({
  id: z.string(),
  project: Project,
  readOnly: z.boolean(),
  readOnlyReason: ReadOnlyReason.nullable(),
  /** Who has the project open for editing, when that is why it is read-only here. */
  lockedBy: z.object({ host: z.string(), user: z.string(), since: z.string() }).nullable(),
  /** A newer version of the file left behind by a save that did not finish (a crash), offered back. */
  recovery: z.object({ savedAt: z.string() }).nullable(),
  /** Set when the file was lifted from an older format on opening. */
  migratedFrom: z.number().int().nullable(),
  backupAvailable: z.boolean(),
});
export type OpenedProject = z.infer<typeof OpenedProject>;

export const AppInfo = z.object({
  version: z.string(),
  libraryDir: z.string(),
  transport: z.enum(['ipc', 'http']),
  systemLanguage: z.string(),
});

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({});

export const contract = {
  'app:info': call(none, AppInfo),
  'settings:get': call(none, Settings),
  'settings:update': call(SettingsPatch, Settings),
  'templates:list': call(none, z.array(TemplateInfo)),
  'library:list': call(none, z.array(LibraryEntry)),
  'project:create': call(z.object({ templateId: z.string().min(1), language: Language.default('en'), title: z.string().max(500).optional() }), LibraryEntry),
  'project:open': call(ProjectKey, OpenedProject),
  'project:save': call(ProjectKey.extend({ project: Project }), z.object({ updatedAt: z.string() })),
  'project:duplicate': call(ProjectKey, LibraryEntry),
  'project:rename': call(ProjectKey.extend({ title: z.string().trim().min(1, 'Give the project a title.').max(500) }), LibraryEntry),
  'project:delete': call(ProjectKey, z.object({ trashedAs: z.string() })),
  'project:restoreBackup': call(ProjectKey, LibraryEntry),
  /** Without a path the shell asks the user to pick a file. */
  'project:import': call(none, LibraryEntry),
  /**
   * The shell asks where to write. With `project`, writes those edits (the app's, even when they
   * could not be saved to the library); else the project as last saved.
   */
  'project:saveCopy': call(ProjectKey.extend({ project: Project.optional() }), z.object({ path: z.string() })),
  /** Done with a project: another app may edit it now. */
  'project:close': call(ProjectKey, z.object({})),
  /** After a save found the file changed or deleted by another program: load the file's version, keep both (the file's version as a new project, the edits here), or write the edits again. */
  'project:resolveConflict': call(
    ProjectKey.extend({ choice: z.enum(['reload', 'keepBoth', 'saveAgain']), project: Project }),
    z.object({ opened: OpenedProject, copy: LibraryEntry.nullable() }),
  ),
  /** Takes (or throws away) the newer version a save that did not finish left behind. */
  'project:recover': call(ProjectKey.extend({ accept: z.boolean() }), OpenedProject),
  /** Writes the saved forecast as CSV or XLSX, where the user chooses. */
  'forecast:exportTable': call(
    ProjectKey.extend({
      format: z.enum(['csv', 'xlsx']),
      locale: z.string().min(2).max(20),
      headers: z.object({
        line: z.string(),
        productGroup: z.string(),
        channel: z.string(),
        unitName: z.string(),
        priceSegment: z.string(),
        planning: z.string(),
        unitPrice: z.string(),
        directCostMode: z.string(),
        directCost: z.string(),
        territory: z.string(),
        priceSource: z.string(),
        dealSize: z.string(),
      }),
      sheetName: z.string().min(1).max(100),
    }),
    z.object({ path: z.string() }),
  ),
  /** Reads a CSV or XLSX forecast table; all or nothing, bad cells reported by reference. */
  'forecast:importTable': call(
    ProjectKey.extend({ locale: z.string().min(2).max(20) }),
    z.object({ lines: z.array(ForecastLine), notes: z.array(z.object({ key: z.enum(Object.keys(TABLE_PROBLEMS) as [TableProblemKey, ...TableProblemKey[]]), params: z.record(z.string(), z.string()), message: z.string() })) }),
  ),
  /**
   * Reads a CSV or XLSX list of key accounts the user chooses: its rows of cells as they are (dates
   * as YYYY-MM-DD), for the editor to read as it reads rows pasted from Excel.
   */
  'keyAccounts:readTable': call(
    none,
    z.object({ file: z.string(), rows: z.array(z.array(z.union([z.string().max(5000), z.number(), z.null()])).max(200)).max(20_000) }),
  ),
  /**
   * Writes the deliverable from the saved project; without a path the shell asks where. "both"
   * writes the PDF at the path and the DOCX beside it with the same name.
   */
  'document:export': call(
    ProjectKey.extend({
      format: z.enum(['pdf', 'docx', 'both']),
      draft: z.boolean(),
      paper: z.enum(['A4', 'LETTER']),
      language: Language.optional(),
      accent: HexColor.optional(),
      chapters: z.array(z.enum(DOCUMENT_CHAPTER_IDS as [SectionId, ...SectionId[]])).min(1, 'Choose at least one chapter.').optional(),
    }),
    z.object({ files: z.array(z.object({ format: z.enum(['pdf', 'docx']), path: z.string(), bytes: z.number().int() })).min(1) }),
  ),
  /** Version, licence and third-party notices for the About dialog. */
  'app:about': call(none, z.object({ version: z.string(), licence: z.string(), notices: z.string() })),
  /** Project files the system asked the app to open since the last call (double-click, "Open with"). */
  'app:takeOpenRequests': call(none, z.object({ paths: z.array(z.string()) })),
  /** Opens a project file by path: one in the library opens in place, one elsewhere is imported. */
  'project:openPath': call(z.object({ path: z.string().min(1) }), LibraryEntry),
  /** Opens a file the app wrote in this run (an export, a copy) in its program, or shows it in its folder. */
  'file:reveal': call(z.object({ path: z.string().min(1), how: z.enum(['open', 'showInFolder']) }), z.object({})),
} as const satisfies Record<CallName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export { CALL_NAMES, type CallName };

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;
export type CallResult<K extends CallName> = Result<CallOutput<K>>;

/** What the renderer holds: one async function per call, each resolving to data or an error. */
export type ApiClient = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<K>> };

/** What main implements: one function per call, given input already parsed by its schema. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallResult<K>> };
