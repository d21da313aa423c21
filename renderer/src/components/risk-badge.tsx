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

/** An overall or area rating: colour and the rating's name, never colour alone. */
export function RatingBadge({ rating, size = 'medium', long = false }: { rating: Rating; size?: BadgeProps['size']; long?: boolean }) {
  return (
    <Badge appearance="filled" color={LEVEL_COLOUR[rating]} size={size} shape="rounded">
      {long ? strings.risk.ratingLong(rating) : strings.risk.rating[rating]}
    </Badge>
  );
}
