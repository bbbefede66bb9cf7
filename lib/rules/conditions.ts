import type { RuleInput } from './schema';

type ConditionInput = NonNullable<RuleInput['conditions']>[number];

/** Conditions several rules share, worded once. */
export const IS_MALE: ConditionInput = { id: 'male', says: 'The person is male', observe: 'isMale', test: 'isTrue' };
export const IS_ADULT: ConditionInput = { id: 'adult', says: 'Aged 18 or over today', observe: 'ageToday', test: 'atLeast', value: 18 };
