import type { Language } from '../../shared/project/primitives';
import type { FileKind } from '../api/handlers';

/**
 * The texts the desktop shell shows itself (menu, file-type names in native dialogs), in each
 * interface language. The Hungarian table must have every English entry, or the build fails.
 */
const en = {
  file: '&File',
  newPolicy: 'New Policy…',
  open: 'Open…',
  saveCopy: 'Save a Copy As…',
  export: 'Export…',
  closePolicy: 'Close Policy',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: '&View',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  help: '&Help',
  about: 'About {app}',
  hide: 'Hide {app}',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  fileTypes: {
    project: 'Commercial Policy project',
    csv: 'CSV',
    xlsx: 'Excel workbook',
    table: 'Spreadsheet (CSV, XLSX)',
    pdf: 'PDF document',
    docx: 'Word document',
  } satisfies Record<FileKind, string>,
};
export type ShellTexts = typeof en;

const hu: ShellTexts = {
  file: '&Fájl',
  newPolicy: 'Új kereskedelmi politika…',
  open: 'Megnyitás…',
  saveCopy: 'Mentés másolatként…',
  export: 'Exportálás…',
  closePolicy: 'Bezárás',
  quit: 'Kilépés',
  edit: '&Szerkesztés',
  undo: 'Visszavonás',
  redo: 'Mégis',
  cut: 'Kivágás',
  copy: 'Másolás',
  paste: 'Beillesztés',
  selectAll: 'Az összes kijelölése',
  view: '&Nézet',
  resetZoom: 'Eredeti méret',
  zoomIn: 'Nagyítás',
  zoomOut: 'Kicsinyítés',
  fullScreen: 'Teljes képernyő be/ki',
  help: '&Súgó',
  about: 'A(z) {app} névjegye',
  hide: '{app} elrejtése',
  hideOthers: 'Többi elrejtése',
  showAll: 'Összes megjelenítése',
  fileTypes: {
    project: 'Kereskedelmipolitika-projekt',
    csv: 'CSV',
    xlsx: 'Excel-munkafüzet',
    table: 'Táblázat (CSV, XLSX)',
    pdf: 'PDF-dokumentum',
    docx: 'Word-dokumentum',
  },
};

export const SHELL_TEXTS: Record<Language, ShellTexts> = { en, hu };
