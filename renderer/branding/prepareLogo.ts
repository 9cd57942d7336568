import type { Logo } from '../../shared/project/schema';

/** Logos print at most 200 pt wide: 1200 px is sharp at any print resolution and keeps files small. */
const MAX_SIDE_PX = 1200;
/** Files below this size and within MAX_SIDE_PX are kept byte for byte. */
const KEEP_AS_IS_BYTES = 400_000;

export type PreparedLogo = { ok: true; logo: Logo } | { ok: false; reason: 'unsupported' | 'unreadable' };

const base64Of = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });

/**
 * Reads a chosen PNG or JPEG for the title page. Large photos or scans are scaled down in the
 * browser (PNG stays PNG, so transparency survives) so the project and the PDF stay small.
 */
export async function prepareLogo(file: File): Promise<PreparedLogo> {
  const mediaType = file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : null;
  if (!mediaType) return { ok: false, reason: 'unsupported' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
  let blob: Blob = file;
  if (scale < 1 || file.size > KEEP_AS_IS_BYTES) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const scaled = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mediaType, 0.9));
    if (!scaled) return { ok: false, reason: 'unreadable' };
    blob = scaled;
  }
  bitmap.close();
  return { ok: true, logo: { mediaType, data: await base64Of(blob) } };
}
