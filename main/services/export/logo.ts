import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Logo } from '../../../shared/project/schema';
import { appError, err, ok, type Result } from '../../../shared/result';

/** A logo the writers can place: its bytes and its size in pixels. */
export interface PlacedLogo {
  data: Buffer;
  width: number;
  height: number;
  type: 'png' | 'jpg';
}

/**
 * A title-page logo needs no more: bigger images are scaled down by the app when chosen, and a
 * file past these is refused before it is decoded (a small PNG can hold a huge bitmap).
 */
export const LOGO_LIMITS = { side: 8000, megapixels: 16 } as const;

const unreadable = () => {
  const message = 'The logo could not be read as a PNG or JPEG image. Choose the logo again in Details → Branding, or remove it.';
  return err(appError('invalidProject', message, { issues: [{ path: 'meta.branding.logo', message }], reason: 'logoUnreadable' }));
};

/**
 * The logo, checked as the writers will use it: its header read, its size within the limits, and
 * the whole image decoded once, so a damaged file is refused here with a message, not half-way
 * through a writer.
 */
export function placeLogo(logo: Logo | null): Result<PlacedLogo | null> {
  if (!logo) return ok(null);
  const data = Buffer.from(logo.data, 'base64');
  try {
    const size = imageSize(data);
    const type = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : null;
    if (!type || !(size.width > 0 && size.height > 0)) return unreadable();
    if (size.width > LOGO_LIMITS.side || size.height > LOGO_LIMITS.side || size.width * size.height > LOGO_LIMITS.megapixels * 1e6) {
      const message = `The logo is ${size.width} × ${size.height} pixels; a logo can be at most ${LOGO_LIMITS.side} pixels on a side and ${LOGO_LIMITS.megapixels} megapixels. Choose it again in Details → Branding (the app scales it down), or remove it.`;
      return err(appError('invalidProject', message, { issues: [{ path: 'meta.branding.logo', message }], reason: 'logoUnreadable' }));
    }
    if (type === 'png') PNG.sync.read(data);
    else jpeg.decode(data, { maxResolutionInMP: LOGO_LIMITS.megapixels, maxMemoryUsageInMB: 512, formatAsRGBA: false });
    return ok({ data, width: size.width, height: size.height, type });
  } catch {
    return unreadable();
  }
}
