import type { Rating, RiskLevel } from '../risk';

/** An RGB colour, 0-255 per channel. */
export type Rgb = readonly [number, number, number];

/** The report's palette: ink for text, navy for structure, one hue per risk level (always beside its name). */
export const COLOURS = {
  ink: [26, 31, 43],
  muted: [91, 100, 116],
  faint: [140, 148, 160],
  rule: [213, 218, 225],
  navy: [31, 58, 95],
  navySoft: [226, 233, 242],
  panel: [243, 245, 248],
  zebra: [249, 250, 252],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

/** Strong colour of each risk level: text, bars and badges. */
export const RISK_COLOUR: Readonly<Record<RiskLevel, Rgb>> = {
  none: [46, 125, 50],
  low: [46, 125, 50],
  medium: [166, 108, 0],
  high: [196, 65, 12],
  critical: [155, 28, 28],
};

/** Light tint of each risk level: cell and panel backgrounds. */
export const RISK_TINT: Readonly<Record<RiskLevel, Rgb>> = {
  none: [232, 245, 233],
  low: [232, 245, 233],
  medium: [255, 243, 214],
  high: [253, 231, 220],
  critical: [251, 225, 225],
};

/** The colour of a rating is the colour of the risk level of the same name. */
export const ratingColour = (r: Rating): Rgb => RISK_COLOUR[r];
/** The tint of a rating. */
export const ratingTint = (r: Rating): Rgb => RISK_TINT[r];

/** Type sizes in points. */
export const SIZE = { title: 26, h1: 17, h2: 12.5, h3: 10.5, body: 9.5, small: 8, table: 7.5, tiny: 7 } as const;
/** Line height as a multiple of the font size. */
export const LINE = 1.3;
