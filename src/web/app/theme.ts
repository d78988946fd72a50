import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * System fonts carry every Vietnamese tone mark; a web font would add weight and risk
 * missing glyphs on the offline machines some offices use.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Capitals stack tone marks above and below (ĐANG XÂY DỰNG) and read slowly; keep sentence case.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});

/**
 * Mantine's default "dimmed" grey is below WCAG AA contrast for small text on white; many
 * users read on old office monitors, so secondary text is a step darker.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
