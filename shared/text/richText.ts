import { z } from 'zod';

/**
 * Narrative text kept as structure (paragraphs and lists), never as HTML, so every writer
 * (preview, DOCX, PDF) can lay it out natively.
 */
export const RichTextBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().max(20_000) }),
  z.object({ type: z.literal('bulletList'), items: z.array(z.string().max(5_000)).max(200) }),
  z.object({ type: z.literal('numberedList'), items: z.array(z.string().max(5_000)).max(200) }),
]);
export type RichTextBlock = z.infer<typeof RichTextBlock>;

export const RichText = z.array(RichTextBlock).max(500);
export type RichText = z.infer<typeof RichText>;

const bullet = /^\s*[-*•]\s+/;
const numbered = /^\s*\d+[.)]\s+/;

/**
 * Reads plain text as rich text: blank lines separate paragraphs, lines starting with "-", "*"
 * or "•" form a bulleted list, lines starting with "1." or "1)" a numbered list.
 */
export function richTextFromPlain(plain: string): RichText {
  const blocks: RichText = [];
  for (const chunk of plain.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let paragraph: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (const line of lines) {
      const kind = bullet.test(line) ? 'bulletList' : numbered.test(line) ? 'numberedList' : null;
      if (kind === null) {
        paragraph.push(line.trim());
        continue;
      }
      flushParagraph();
      const item = line.replace(kind === 'bulletList' ? bullet : numbered, '').trim();
      const last = blocks[blocks.length - 1];
      if (last && last.type === kind) last.items.push(item);
      else blocks.push({ type: kind, items: [item] });
    }
    flushParagraph();
  }
  return blocks;
}

/** Plain text of rich text, for search, completeness and the command line. */
export function plainFromRichText(text: RichText): string {
  return text
    .map((block) => {
      if (block.type === 'paragraph') return block.text;
      return block.items.map((item, i) => (block.type === 'bulletList' ? `- ${item}` : `${i + 1}. ${item}`)).join('\n');
    })
    .join('\n\n');
}

export function isRichTextEmpty(text: RichText): boolean {
  return text.every((block) =>
    block.type === 'paragraph' ? block.text.trim() === '' : block.items.every((item) => item.trim() === ''),
  );
}
