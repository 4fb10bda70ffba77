/**
 * The Lower Silesian office (DUW), from shared/domain/FACTS.md §6. Only the
 * Wrocław hours are confirmed; the branches' foreigners' hours are not, so
 * they are seeded without hours and the panel says so.
 */
export const demoLocations = [
  {
    slug: 'wroclaw',
    kind: 'head_office' as const,
    name: 'Wrocław – siedziba urzędu',
    unit: 'Wydział Spraw Obywatelskich i Cudzoziemców',
    street: 'pl. Powstańców Warszawy 1',
    postalCode: '50-153',
    city: 'Wrocław',
    // Visit booking by phone, weekdays 10:00–14:00 (FACTS §6, S98).
    phone: '+48 71 340 63 09',
    email: null,
    hoursConfirmed: true,
    sortOrder: 1,
    hours: [
      { weekday: 1, opensAt: '09:00', closesAt: '16:00' },
      { weekday: 2, opensAt: '09:00', closesAt: '16:00' },
      { weekday: 3, opensAt: '08:00', closesAt: '18:00' },
      { weekday: 4, opensAt: '09:00', closesAt: '16:00' },
      { weekday: 5, opensAt: '09:00', closesAt: '16:00' },
    ],
  },
  { slug: 'legnica', kind: 'branch' as const, name: 'Delegatura w Legnicy', unit: null, street: 'ul. F. Skarbka 3', postalCode: '59-220', city: 'Legnica', phone: null, email: null, hoursConfirmed: false, sortOrder: 2, hours: [] },
  { slug: 'walbrzych', kind: 'branch' as const, name: 'Delegatura w Wałbrzychu', unit: null, street: 'ul. Słowackiego 23a', postalCode: '58-300', city: 'Wałbrzych', phone: null, email: null, hoursConfirmed: false, sortOrder: 3, hours: [] },
  { slug: 'jelenia-gora', kind: 'branch' as const, name: 'Delegatura w Jeleniej Górze', unit: null, street: 'ul. Piłsudskiego 12', postalCode: '58-500', city: 'Jelenia Góra', phone: null, email: null, hoursConfirmed: false, sortOrder: 4, hours: [] },
];
