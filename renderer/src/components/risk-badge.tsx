import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Rating, RiskLevel } from '../../../src/core/risk';
import { strings } from '../i18n/en';

const LEVEL_COLOUR: Record<RiskLevel, NonNullable<BadgeProps['color']>> = {
  none: 'success',
  low: 'informative',
  medium: 'warning',
  high: 'severe',
  critical: 'danger',
};

/** The risk of an answer option: a coloured badge that always says the level in words too. */
export function RiskBadge({ level, size = 'medium' }: { level: RiskLevel; size?: BadgeProps['size'] }) {
  return (
    <Badge appearance="tint" color={LEVEL_COLOUR[level]} size={size} shape="rounded">
      {strings.risk.level[level]}
    </Badge>
  );
}

/**
 * An overall or area rating: colour and the rating's name, never colour alone; "provisional" said in
 * words, and "Not rated yet" (no colour) while nothing is known.
 */
export function RatingBadge({
  rating,
  size = 'medium',
  long = false,
  provisional = false,
}: {
  rating: Rating | null;
  size?: BadgeProps['size'];
  long?: boolean;
  provisional?: boolean;
}) {
  if (rating === null)
    return (
      <Badge appearance="outline" color="informative" size={size} shape="rounded">
        {strings.risk.notRated}
      </Badge>
    );
  const label = long ? strings.risk.ratingLong(rating) : strings.risk.rating[rating];
  return (
    <Badge appearance={provisional ? 'tint' : 'filled'} color={LEVEL_COLOUR[rating]} size={size} shape="rounded">
      {provisional ? strings.risk.provisional(label) : label}
    </Badge>
  );
}
