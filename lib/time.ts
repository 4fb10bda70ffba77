/** All times are stored in UTC; people see them in the office's zone. */
export const TIME_ZONE = 'Europe/Warsaw';
