import { Rule } from '../schema';
import { rule as armsEligibility } from './arms-eligibility';
import { rule as cautionNotification } from './caution-notification';
import { rule as communityOrderLength } from './community-order-length';
import { rule as custodyReleasePoint } from './custody-release-point';
import { rule as licenceConditionRelevance } from './licence-condition-relevance';
import { rule as mappaCategory } from './mappa-category';
import { rule as notificationPeriod } from './notification-period';
import { rule as oasysCompletionDue } from './oasys-completion-due';
import { rule as oasysReviewTrigger } from './oasys-review-trigger';
import { rule as rm2000Eligibility } from './rm2000-eligibility';
import { rule as safeguardingConcern } from './safeguarding-concern';
import { rule as shpoOrder } from './shpo-order';

/** The rule catalogue (domain reference, "Rule catalogue"): one file a rule, each validated here. */
export const RULES: Rule[] = [
  safeguardingConcern,
  rm2000Eligibility,
  armsEligibility,
  oasysCompletionDue,
  oasysReviewTrigger,
  licenceConditionRelevance,
  custodyReleasePoint,
  communityOrderLength,
  cautionNotification,
  notificationPeriod,
  shpoOrder,
  mappaCategory,
].map((r) => Rule.parse(r));
