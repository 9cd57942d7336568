import sansBold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url';
import sans from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url';
import serifBold from '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf?url';
import serifItalic from '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf?url';
import serif from '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf?url';
import { useEffect, useState } from 'react';
import type { MeasureText } from '../../shared/layout/tables';
import { FACES, FONT_FAMILIES, type Face } from '../../shared/layout/theme';

/**
 * The document's own fonts in the preview, so it reads as the PDF and DOCX do and its tables are
 * fitted with the same widths (measured on a canvas in those fonts).
 */

const FILES: Record<Face, string> = { serif, serifItalic, serifBold, sans, sansBold };

let loading: Promise<void> | null = null;

function loadFonts(): Promise<void> {
  loading ??= Promise.all(
    (Object.keys(FILES) as Face[]).map(async (face) => {
      const { family, bold, italic } = FACES[face];
      const font = new FontFace(FONT_FAMILIES[family], `url(${FILES[face]})`, { weight: bold ? '700' : '400', style: italic ? 'italic' : 'normal' });
      document.fonts.add(await font.load());
    }),
  ).then(
    () => undefined,
    // Without the fonts the preview still shows, in the browser's own.
    () => undefined,
  );
  return loading;
}

/** True once the document's fonts are loaded (tables are measured again then). */
export function useDocumentFonts(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    if (typeof FontFace === 'undefined') return;
    void loadFonts().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

let context: CanvasRenderingContext2D | null | undefined;

/** Text width in points, measured on a canvas; an estimate where there is no canvas (tests). */
export const measureOnCanvas: MeasureText = (text, face, size) => {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * size * 0.5;
  const { family, bold, italic } = FACES[face];
  context.font = `${italic ? 'italic ' : ''}${bold ? '700' : '400'} ${size}pt "${FONT_FAMILIES[family]}"`;
  return context.measureText(text).width * 0.75;
};
