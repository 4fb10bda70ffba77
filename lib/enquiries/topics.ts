import { FORMS } from '@/lib/forms/catalogue';

/**
 * What a message can be about: the case types of the service cards (one per
 * form in the catalogue), then visit reservations, the portal itself and other.
 */
export const ENQUIRY_TOPICS = [...new Set(FORMS.map((f) => f.service)), 'reservations', 'portal', 'other'] as const;

export const ENQUIRY_KINDS = ['enquiry', 'complaint', 'motion'] as const;
export const ENQUIRY_STATUSES = ['new', 'assigned', 'answered', 'closed', 'reopened'] as const;
