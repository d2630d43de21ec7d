// The scoring policy in one place: every number the engine uses to turn fired rules into a score.

/** Score bands: at or above `high` is high risk, at or above `medium` is medium. */
export const BAND_THRESHOLDS = { medium: 30, high: 60 } as const;

/** Within one category each further flag counts half as much as the one before: five ways of saying
 * "free flight" are one red flag, not five. */
export const SAME_CATEGORY_DAMPING = 0.5;

/** Weak and medium cues alone (customer service, WhatsApp contact, free housing) cannot make a post
 * high risk: without a strong or hard flag or a bundle the score stops below the high band. */
export const CAP_WITHOUT_STRONG_FLAG = BAND_THRESHOLDS.high - 5;

/** A post that is not a job offer (news, warnings, awareness posts) is never above low. */
export const CAP_NOT_JOB_OFFER = BAND_THRESHOLDS.medium - 5;

/** Context points towards "this is a job offer", besides the job-offer cue rules. */
export const OFFER_POINTS = { contact: 2, pay: 2, jobListing: 3 } as const;

/** Awareness points from which a post reads as a warning or news story. */
export const AWARENESS_THRESHOLD = 3;

/** Legitimacy cues (licence numbers, named office, sponsored work visa) never cancel a hard flag. */
export const MAX_LEGITIMACY_DISCOUNT = 40;
