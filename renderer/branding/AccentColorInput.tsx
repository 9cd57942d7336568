import { ColorInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastOnWhite, MIN_ACCENT_CONTRAST } from '../../shared/document/colors';
import { HexColor } from '../../shared/project/primitives';
import { DEFAULT_ACCENT_COLOR } from '../../shared/project/schema';

/** Calm, print-safe accents that all read well on white. */
const SWATCHES = [DEFAULT_ACCENT_COLOR, '#1D4E89', '#2F3E9E', '#6A1B9A', '#9C2A2A', '#B35C00', '#37474F', '#1F2328'];

/**
 * The document's accent colour. Only a complete #RRGGBB value reaches `onChange`; a colour too
 * light to read on white is accepted but flagged, so the user can decide.
 */
export function AccentColorInput({ value, onChange, disabled }: { value: string; onChange(color: string): void; disabled?: boolean }) {
  const { t } = useTranslation();
  // What is typed may be half a colour; the last complete one is the value (undo can change it too).
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const lowContrast = HexColor.safeParse(value).success && contrastOnWhite(value) < MIN_ACCENT_CONTRAST;
  return (
    <ColorInput
      label={t('branding.accent')}
      description={t('branding.accentHint')}
      format="hex"
      swatches={SWATCHES}
      swatchesPerRow={8}
      withEyeDropper={false}
      disabled={disabled}
      value={text}
      onChange={(color) => {
        setText(color);
        if (HexColor.safeParse(color).success && color.toUpperCase() !== value.toUpperCase()) onChange(color.toUpperCase());
      }}
      onBlur={() => setText(value)}
      error={lowContrast ? t('branding.accentLowContrast') : undefined}
      data-testid="accent-colour"
    />
  );
}
