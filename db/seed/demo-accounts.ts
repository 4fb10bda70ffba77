import type { Role } from '../schema';

/** Demo accounts for the embedded default; the README prints the same list. */
export const demoAccounts: { email: string; password: string; role: Role; displayName?: string; companyName?: string; nip?: string }[] = [
  { email: 'applicant@pobyt.test', password: 'Applicant-Demo-2026', role: 'applicant' },
  { email: 'employer@pobyt.test', password: 'Employer-Demo-2026', role: 'employer', companyName: 'Przykładowa Spółka z o.o.', nip: '5261040828' },
  { email: 'clerk@pobyt.test', password: 'Clerk-Demo-2026', role: 'clerk', displayName: 'Inspektor Demo' },
  { email: 'reception@pobyt.test', password: 'Reception-Demo-2026', role: 'reception', displayName: 'Obsługa Sali Demo' },
  { email: 'admin@pobyt.test', password: 'Admin-Demo-2026!', role: 'admin', displayName: 'Administrator Demo' },
];
