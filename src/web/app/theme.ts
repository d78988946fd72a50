import {
  Anchor,
  Badge,
  Button,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  MultiSelect,
  Pagination,
  parseThemeColor,
  Select,
  Table,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * The "light" variant (badges such as "Đã tổ chức", "Đã điểm danh", light buttons) writes shade 9
 * on a tinted background: Mantine's default, shade 6 text, reads at 2,5–3,6:1, under WCAG AA's 4,5.
 * Shade 9 is darkened a little more, and much more for the bright hues (orange, yellow, lime), whose
 * darkest shade is still too light on its own tint; the background is the hue's lightest shade.
 */
const brightHues = new Set(['orange', 'yellow', 'lime']);
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor && parsed.color ? input.theme.colors[parsed.color] : undefined;
  if (!shades) return resolved;
  const text = darken(shades[9], brightHues.has(parsed.color) ? 0.4 : 0.1);
  return { ...resolved, background: shades[0], hover: shades[1], color: text, hoverColor: text };
};

const pagerLabels = {
  vi: { first: 'Trang đầu', previous: 'Trang trước', next: 'Trang sau', last: 'Trang cuối' },
  en: { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' },
} as const;

/**
 * System fonts carry every Vietnamese tone mark; a web font would add weight and risk
 * missing glyphs on the offline machines some offices use.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's default shade 6 gives white button text and blue links only 3,4–3,6:1 (#228be6), a
  // teal "Đã điểm danh" 2,5:1; shade 9 reads at 4,6–6,2:1 for blue, teal, green and red, on white
  // and on the grey page background (WCAG AA asks 4,5). Orange and yellow stay too light: use them
  // in the light variant only.
  primaryShade: { light: 9, dark: 8 },
  variantColorResolver,
  defaultRadius: 'md',
  fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Capitals stack tone marks above and below (ĐANG XÂY DỰNG) and read slowly; keep sentence case.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
    // A link inside a sentence must not rely on colour alone (WCAG 1.4.1): links are underlined.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A long label ("Làm tiếp: Phiếu khảo sát ý kiến") wraps on a phone instead of being cut off:
    // the button grows from its usual height rather than clipping its text.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
        inner: { height: 'auto', flex: 1 },
        label: { whiteSpace: 'normal', textAlign: 'center', overflow: 'visible', paddingBlock: 4 },
      },
    }),
    // Typing narrows a list; Enter then takes the first match (the only one, usually) as a
    // keyboard user expects, instead of doing nothing until an arrow key is pressed.
    Select: Select.extend({ defaultProps: { selectFirstOptionOnChange: true } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { selectFirstOptionOnChange: true } }),
    // The arrows of every pager are named for screen readers (they show only an icon). The theme has
    // no access to the translations, so it reads the language the app keeps on <html lang>.
    Pagination: Pagination.extend({
      defaultProps: {
        getControlProps: (control) => ({ 'aria-label': pagerLabels[document.documentElement.lang === 'en' ? 'en' : 'vi'][control] }),
      },
    }),
    // A table wider than a phone scrolls sideways; keyboard users reach it with Tab (WCAG 2.1.1).
    TableScrollContainer: Table.ScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
});

/**
 * Mantine's default "dimmed" grey is below WCAG AA contrast for small text on white; many
 * users read on old office monitors, so secondary text is a step darker. `--rd-warning-text`
 * is an orange dark enough for small text ("due in 3 days").
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Placeholders ("Chọn tệp…") are read as labels by many; Mantine's gray.5 is 2:1, gray.6 3,3:1.
    '--mantine-color-placeholder': t.colors.gray[7],
    '--rd-warning-text': darken(t.colors.orange[9], 0.3),
  },
  dark: { '--rd-warning-text': t.colors.orange[4] },
});
