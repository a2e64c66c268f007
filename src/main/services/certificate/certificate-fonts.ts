/**
 * The certificate's font stack (docs/architecture.md, "Fonts"). Chromium prints it, so the fonts come from the
 * system: a Latin face first (its metrics set the layout), then, per script, the face each system ships.
 * Chromium falls back glyph by glyph along the list, then to the system's own fallback.
 * - Windows: Segoe UI (Latin, Cyrillic, Arabic), Microsoft YaHei (Chinese), Nirmala UI (Devanagari).
 * - macOS: Helvetica Neue (Latin, Cyrillic), PingFang SC (Chinese), Kohinoor Devanagari or Devanagari Sangam MN, Geeza Pro (Arabic).
 * - Linux: Noto Sans (Latin, Cyrillic), Noto Sans CJK SC, Noto Sans Devanagari, Noto Sans Arabic; DejaVu Sans where Noto is missing.
 */
export const CERTIFICATE_FONT_STACK = [
  '"Noto Sans"',
  '"Segoe UI"',
  '"Helvetica Neue"',
  '"DejaVu Sans"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans Devanagari"',
  '"Nirmala UI"',
  '"Kohinoor Devanagari"',
  '"Devanagari Sangam MN"',
  '"Noto Sans Arabic"',
  '"Geeza Pro"',
  'sans-serif'
].join(', ')

/** The stack for the certificate ID and the key fingerprint, which are ASCII. */
export const CERTIFICATE_MONO_STACK = '"DejaVu Sans Mono", "Liberation Mono", Consolas, Menlo, monospace'
