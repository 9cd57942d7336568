import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * The accent: Mantine's teal with its darker half deepened, so white on a filled button and teal
 * text on a light one read at 4.5:1 or better (WCAG AA); the light shades are Mantine's own.
 */
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0b7a5b', '#096c50', '#075c44', '#054a37'];

/** One accent colour, a calm neutral scale, a readable type scale. */
export const theme = createTheme({
  colors: { teal },
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
  },
});

/** Hints and secondary text at 6:1 on white (Mantine's dimmed grey is 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
