import type { Locale } from '@/i18n/routing';
import { demoRandom } from './demo-office-days';

/**
 * Fictional foreigners for the demo office: given names and surnames common in
 * each country, combined by a seeded generator, so nobody real is meant.
 * Passport numbers have each country's usual shape (letters and digits) and
 * are made up; none has the e2e journeys' shapes (FA/FE/FK/EJ + 7 digits).
 */
export type DemoPerson = {
  given: string;
  surname: string;
  sex: 'female' | 'male';
  country: string;
  birthDate: string;
  birthPlace: string;
  passport: string;
  locale: Locale;
  email: string;
};

type Country = {
  code: string;
  locale: Locale;
  female: string[];
  male: string[];
  // [male form, female form]
  surnames: [string, string][];
  places: string[];
  passport: (r: ReturnType<typeof demoRandom>) => string;
};

const same = (names: string[]): [string, string][] => names.map((n) => [n, n]);

const COUNTRIES: Country[] = [
  {
    code: 'UA',
    locale: 'uk',
    female: ['Oksana', 'Iryna', 'Kateryna', 'Yuliia', 'Nataliia', 'Halyna'],
    male: ['Taras', 'Bohdan', 'Andrii', 'Serhii', 'Dmytro', 'Oleh'],
    surnames: same(['Melnychuk', 'Tkachuk', 'Savchenko', 'Hnatiuk', 'Boiko', 'Kravets', 'Lytvyn', 'Marchuk']),
    places: ['Lviv', 'Vinnytsia', 'Poltava', 'Rivne'],
    passport: (r) => `${r.pick(['GH', 'GK', 'GM'])}${r.digits(6)}`,
  },
  {
    code: 'BY',
    locale: 'ru',
    female: ['Aliaksandra', 'Volha', 'Hanna', 'Darya'],
    male: ['Uladzimir', 'Siarhei', 'Yauhen', 'Pavel'],
    surnames: same(['Karpovich', 'Zhuk', 'Sidarenka', 'Moroz', 'Kasko']),
    places: ['Hrodna', 'Brest', 'Mahilyow'],
    passport: (r) => `MP${r.digits(7)}`,
  },
  {
    code: 'IN',
    locale: 'en',
    female: ['Priya', 'Ananya', 'Kavya', 'Meera'],
    male: ['Rohan', 'Vikram', 'Arjun', 'Karthik'],
    surnames: same(['Nair', 'Reddy', 'Iyer', 'Menon', 'Kulkarni']),
    places: ['Kochi', 'Pune', 'Hyderabad'],
    passport: (r) => `${r.pick(['T', 'V', 'W'])}${r.digits(7)}`,
  },
  {
    code: 'GE',
    locale: 'en',
    female: ['Nino', 'Tamar', 'Mariam', 'Ketevan'],
    male: ['Giorgi', 'Levan', 'Davit', 'Irakli'],
    surnames: same(['Beridze', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Tsiklauri']),
    places: ['Kutaisi', 'Batumi', 'Telavi'],
    passport: (r) => `${r.digits(2)}${r.pick(['AH', 'AK', 'BD'])}${r.digits(5)}`,
  },
  {
    code: 'VN',
    locale: 'en',
    female: ['Thi Lan', 'Thi Hoa', 'Ngoc Anh', 'Thu Trang'],
    male: ['Van Minh', 'Duc Anh', 'Quang Huy', 'Thanh Tung'],
    surnames: same(['Nguyen', 'Tran', 'Pham', 'Hoang', 'Vu']),
    places: ['Hai Phong', 'Da Nang', 'Hue'],
    passport: (r) => `C${r.digits(7)}`,
  },
  {
    code: 'PH',
    locale: 'en',
    female: ['Maria Luz', 'Angelica', 'Kristine Joy', 'Rowena'],
    male: ['Jose Miguel', 'Mark Anthony', 'Rodel', 'Jerome'],
    surnames: same(['Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Ramos']),
    places: ['Cebu', 'Iloilo', 'Davao'],
    passport: (r) => `P${r.digits(7)}${r.pick(['A', 'B', 'C'])}`,
  },
  {
    code: 'CO',
    locale: 'pl',
    female: ['Valentina', 'Camila', 'Daniela', 'Luisa Fernanda'],
    male: ['Santiago', 'Andres Felipe', 'Sebastian', 'Juan David'],
    surnames: same(['Ospina', 'Castillo', 'Restrepo', 'Cardona', 'Mejia']),
    places: ['Medellin', 'Cali', 'Bucaramanga'],
    passport: (r) => `AT${r.digits(6)}`,
  },
  {
    code: 'UZ',
    locale: 'ru',
    female: ['Dilnoza', 'Madina', 'Shahnoza'],
    male: ['Jasur', 'Otabek', 'Sardor'],
    surnames: [
      ['Karimov', 'Karimova'],
      ['Yusupov', 'Yusupova'],
      ['Rakhimov', 'Rakhimova'],
    ],
    places: ['Samarkand', 'Bukhara', 'Namangan'],
    passport: (r) => `AD${r.digits(7)}`,
  },
];

const latin = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** `count` different people, always the same ones for the same seed. */
export function demoPeople(count: number, seed: number): DemoPerson[] {
  const r = demoRandom(seed);
  const seen = new Set<string>();
  const people: DemoPerson[] = [];
  for (let i = 0; people.length < count; i++) {
    const c = COUNTRIES[i % COUNTRIES.length]!;
    const sex = r.next() < 0.5 ? 'female' : 'male';
    const given = r.pick(sex === 'female' ? c.female : c.male);
    const pair = r.pick(c.surnames);
    const surname = sex === 'female' ? pair[1] : pair[0];
    const key = `${given} ${surname}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const year = r.int(1968, 2003);
    const birthDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    people.push({
      given,
      surname,
      sex,
      country: c.code,
      birthDate,
      birthPlace: r.pick(c.places),
      passport: c.passport(r),
      locale: c.locale,
      // A reserved top-level domain (RFC 2606): no mail can ever reach a real person.
      email: `${latin(given).toLowerCase().replace(/\s+/g, '.')}.${latin(surname).toLowerCase()}.${i}@demo.pobyt.test`,
    });
  }
  return people;
}

/** The holder of the case the README's demo table opens. */
export const DEMO_HOLDER: DemoPerson = {
  given: 'Oksana',
  surname: 'Melnyk',
  sex: 'female',
  country: 'UA',
  birthDate: '1992-04-17',
  birthPlace: 'Zhytomyr',
  passport: 'GK417392',
  locale: 'uk',
  email: 'oksana.melnyk@demo.pobyt.test',
};
