import 'server-only';
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, caseMessages, caseMissingDocuments, cases, caseStageEvents, desks, deskServices, locations, users, visitServices, type Role } from '../schema';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { addDays, nextWorkingDayFrom, warsawDate } from '@/lib/calendar/dates';
import { registerCase, registerCaseFromApplication } from '@/lib/cases/registration';
import { addMissingDocument, changeStage, postMessage, resolveMissingDocument } from '@/lib/cases/handling';
import { STAGE_GROUP, type Stage } from '@/lib/cases/stages';
import type { StandardDocument } from '@/lib/cases/standard-documents';
import { createDraft, recordComparison, saveSection, submitApplication } from '@/lib/forms/applications';
import type { FormData } from '@/lib/forms/engine/types';
import { form01Fixture } from '@/lib/forms/fixtures/form-01';
import { form03Fixture } from '@/lib/forms/fixtures/form-03';
import { form05Fixture } from '@/lib/forms/fixtures/form-05';
import { form08Fixture } from '@/lib/forms/fixtures/form-08';
import { form09Fixture } from '@/lib/forms/fixtures/form-09';
import { form10Fixture } from '@/lib/forms/fixtures/form-10';
import { bookVisit } from '@/lib/reservations/booking';
import { freeTimes } from '@/lib/reservations/availability';
import { warsawInstant } from '@/lib/reservations/slots';
import { checkIn, takeWalkInTicket } from '@/lib/queue/tickets';
import { callNext, finishTicket } from '@/lib/queue/desk';
import { createChallenge } from '@/lib/security/pow';
import { confirmEnquiry, submitEnquiry, writeAgain } from '@/lib/enquiries/sender';
import { assignEnquiry, addEnquiryNote, closeEnquiry, replyToEnquiry } from '@/lib/enquiries/staff';
import { issueEnquiryToken } from '@/lib/enquiries/tokens';
import { ENQUIRY_TOPICS } from '@/lib/enquiries/topics';
import type { Challenge } from '@/lib/security/pow-solver';
import { demoOfficeDay, demoRandom } from './demo-office-days';
import { DEMO_HOLDER, demoPeople, type DemoPerson } from './demo-office-people';

/**
 * The demo case the README lists. Case passwords are random and exist only on
 * the first letter (lib/cases/registration.ts); this one case gets a known
 * password here, in the demo seed alone, so that the case holder's page can be tried.
 */
export const DEMO_CASE_PASSWORD = 'DEMA-CAFE-4679';

export type DemoOfficeResult = { created: boolean; demoCase: { number: string; password: string } | null; cases: number; applications: number; reservations: number; enquiries: number };

const DAY_MS = 86_400_000;
const fail = (what: string, r: { ok: boolean }) => {
  if (!r.ok) throw new Error(`Demo office: ${what} refused: ${JSON.stringify(r)}`);
};

/** A working day `n` working days before `date` (office days only, lib/calendar). */
function workingDaysBefore(date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; ) {
    d = addDays(d, -1);
    if (nextWorkingDayFrom(d) === d) i++;
  }
  return d;
}

/** A moment inside office hours on a working day. */
const officeTime = (date: string, r: ReturnType<typeof demoRandom>) => warsawInstant(date, r.int(9 * 60, 15 * 60));

/**
 * Domain functions stamp their rows with the database clock; the demo's history
 * happened over past weeks, so the newest row each step made (and its audit row)
 * gets the moment the step stands for.
 */
async function stampCase(db: Db, caseId: string, at: Date, table: 'events' | 'document' | 'message' | 'registered') {
  if (table === 'registered') {
    await db.update(cases).set({ registeredAt: at, passwordIssuedAt: at }).where(eq(cases.id, caseId));
    await db.update(caseStageEvents).set({ at }).where(eq(caseStageEvents.caseId, caseId));
  } else if (table === 'events') {
    await db.execute(sql`update ${caseStageEvents} set at = ${at.toISOString()}::timestamptz where id = (select max(id) from ${caseStageEvents} where case_id = ${caseId})`);
  } else if (table === 'document') {
    await db.execute(sql`update ${caseMissingDocuments} set created_at = ${at.toISOString()}::timestamptz where id = (select max(id) from ${caseMissingDocuments} where case_id = ${caseId})`);
  } else {
    await db.execute(sql`update ${caseMessages} set created_at = ${at.toISOString()}::timestamptz where id = (select max(id) from ${caseMessages} where case_id = ${caseId})`);
  }
  await db.execute(sql`update ${auditLog} set at = ${at.toISOString()}::timestamptz where id = (select max(id) from ${auditLog} where entity_type = 'case' and entity_id = ${caseId})`);
}

/** Paths through lib/cases/stages.ts TRANSITIONS that end in each stage (after `registered`). */
const PATHS: Record<Stage, Stage[]> = {
  registered: [],
  formal_check: ['formal_check'],
  summons_formal_defects: ['formal_check', 'summons_formal_defects'],
  summons_fee: ['formal_check', 'summons_fee'],
  summons_fingerprints: ['formal_check', 'proceedings_started', 'summons_fingerprints'],
  proceedings_started: ['formal_check', 'proceedings_started'],
  opinions: ['formal_check', 'proceedings_started', 'opinions'],
  evidence: ['formal_check', 'summons_fee', 'proceedings_started', 'opinions', 'evidence'],
  draft_decision: ['formal_check', 'proceedings_started', 'opinions', 'evidence', 'draft_decision'],
  decision_granted: ['formal_check', 'proceedings_started', 'opinions', 'draft_decision', 'decision_granted'],
  decision_refused: ['formal_check', 'proceedings_started', 'opinions', 'evidence', 'draft_decision', 'decision_refused'],
  decision_discontinued: ['formal_check', 'proceedings_started', 'suspended', 'decision_discontinued'],
  decision_left_without_consideration: ['formal_check', 'summons_formal_defects', 'decision_left_without_consideration'],
  card_personalisation: ['formal_check', 'proceedings_started', 'opinions', 'draft_decision', 'decision_granted', 'card_personalisation'],
  card_ready: ['formal_check', 'summons_fingerprints', 'proceedings_started', 'opinions', 'draft_decision', 'decision_granted', 'card_personalisation', 'card_ready'],
  appeal: ['formal_check', 'proceedings_started', 'opinions', 'draft_decision', 'decision_refused', 'appeal'],
  suspended: ['formal_check', 'proceedings_started', 'suspended'],
  closed: ['formal_check', 'proceedings_started', 'opinions', 'draft_decision', 'decision_granted', 'card_personalisation', 'card_ready', 'closed'],
};

const NOTES: Partial<Record<Stage, string>> = {
  summons_formal_defects: 'Wezwanie do usunięcia braków formalnych w terminie 14 dni (art. 64 § 2 KPA).',
  summons_fee: 'Wezwanie do uiszczenia opłaty skarbowej.',
  summons_fingerprints: 'Wezwanie do osobistego stawiennictwa w celu pobrania odcisków linii papilarnych.',
  proceedings_started: 'Wniosek złożony bez braków formalnych: stempel w paszporcie.',
  opinions: 'Wystąpiono o informacje do Straży Granicznej, Policji i ABW.',
  suspended: 'Postępowanie zawieszone na wniosek strony (art. 98 KPA).',
  appeal: 'Odwołanie przekazane do Szefa Urzędu do Spraw Cudzoziemców.',
};

const MESSAGES = [
  'Dzień dobry, prosimy o dostarczenie brakujących dokumentów osobiście w punkcie podawczym lub pocztą.',
  'Informujemy, że wniosek jest kompletny. O kolejnych krokach poinformujemy w tym panelu.',
  'Prosimy o zarezerwowanie wizyty w celu pobrania odcisków palców (usługa „Pobranie odcisków palców”).',
  'Karta pobytu jest gotowa do odbioru. Prosimy zabrać paszport i zarezerwować wizytę „Odbiór karty pobytu”.',
  'Czekamy na informacje z innych organów; nie są potrzebne żadne działania z Pani/Pana strony.',
];

const DOCUMENTS: { kind?: StandardDocument; title?: string; remark?: string }[] = [
  { kind: 'photo', remark: 'Zdjęcie musi być aktualne (do 6 miesięcy), na jasnym tle.' },
  { kind: 'stamp_duty', remark: 'Opłata 440 zł na rachunek urzędu; prosimy dołączyć potwierdzenie przelewu.' },
  { kind: 'health_insurance' },
  { kind: 'accommodation', remark: 'Wystarczy umowa najmu lub użyczenia z podpisami obu stron.' },
  { kind: 'employer_annex' },
  { kind: 'income' },
  { title: 'Świadectwo pracy z poprzedniego miejsca zatrudnienia', remark: 'Kopia poświadczona za zgodność z oryginałem.' },
  { kind: 'sworn_translation', remark: 'Tłumaczenie aktu urodzenia przez tłumacza przysięgłego.' },
];

const FORM_FIXTURES: Record<number, FormData> = { 1: form01Fixture, 3: form03Fixture, 5: form05Fixture, 8: form08Fixture, 9: form09Fixture, 10: form10Fixture };

/** A form's valid fixture with a demo person's data: name, birth, citizenship, passport and contacts. */
function applicationData(form: number, p: DemoPerson): FormData {
  const data = structuredClone(FORM_FIXTURES[form]!);
  const personSection = Object.values(data).find((s) => s && typeof s === 'object' && 'surname' in s) as Record<string, unknown> | undefined;
  if (personSection) {
    const set = (k: string, v: unknown) => {
      if (k in personSection) personSection[k] = v;
    };
    set('surname', p.surname.toUpperCase());
    set('familyName', p.surname.toUpperCase());
    set('givenNames', p.given.toUpperCase());
    set('birthDate', p.birthDate);
    set('sex', p.sex);
    set('birthPlace', p.birthPlace);
    set('birthCountry', p.country);
    set('nationality', p.country);
    set('citizenship', p.country);
    // Foreigners often have no PESEL; an empty one needs no checksum against the birth date.
    set('pesel', '');
    set('email', p.email);
  }
  const doc = data.document as Record<string, unknown> | undefined;
  if (doc && 'number' in doc) {
    doc.number = p.passport;
    if ('issuingCountry' in doc) doc.issuingCountry = p.country;
  }
  return data;
}

/** The client's half of the proof of work, done here at once (the demo's senders are not bots). */
function solvePow(c: Challenge): string {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (createHash('sha256').update(c.salt + n).digest('hex') === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, salt: c.salt, signature: c.signature, number: n })).toString('base64');
    }
  }
  throw new Error('Demo office: proof of work not found');
}

async function actorFor(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id, role: users.role, email: users.email }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`Demo office: the demo account ${email} is missing`);
  return u;
}

/** The demo foreigners' own accounts: they own their applications and bookings, and have no password (nobody signs in as them). */
async function foreignerAccount(db: Db, p: DemoPerson): Promise<Actor> {
  const role: Role = 'applicant';
  const [u] = await db
    .insert(users)
    .values({ email: p.email, role, displayName: `${p.given} ${p.surname}`, locale: p.locale, emailVerifiedAt: sql`now()`, termsAcceptedAt: sql`now()` })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, role: users.role, email: users.email });
  return u ?? actorFor(db, p.email);
}

/**
 * A working office for the demo, built through the domain functions so that
 * every row is one the application itself would write: submitted and compared
 * applications, cases in every stage with histories, missing documents and
 * messages, reservations of the demo day and the week with check-ins and calls,
 * and enquiries in every status. Idempotent: the known demo case is the marker.
 */
export async function seedDemoOffice(db: Db, now = new Date()): Promise<DemoOfficeResult> {
  const [marker] = await db.select({ number: cases.number }).from(cases).where(eq(cases.contactEmail, DEMO_HOLDER.email));
  if (marker) return { created: false, demoCase: { number: marker.number, password: DEMO_CASE_PASSWORD }, cases: 0, applications: 0, reservations: 0, enquiries: 0 };

  const r = demoRandom(20261204);
  const today = warsawDate(now);
  const clerk = await actorFor(db, 'clerk@pobyt.test');
  const admin = await actorFor(db, 'admin@pobyt.test');
  const reception = await actorFor(db, 'reception@pobyt.test');
  const employer = await actorFor(db, 'employer@pobyt.test');
  const people = demoPeople(90, 7);
  const casePeople = people.slice(0, 36);
  const visitors = people.slice(36, 80);
  const senders = people.slice(80, 90);
  const result: DemoOfficeResult = { created: true, demoCase: null, cases: 0, applications: 0, reservations: 0, enquiries: 0 };

  // ---- Applications: submitted online, some compared with the paper by a clerk.
  const submitted: { id: string; person: DemoPerson; form: number }[] = [];
  const appPlan: { form: number; person: DemoPerson }[] = [
    { form: 1, person: DEMO_HOLDER },
    { form: 1, person: casePeople[0]! },
    { form: 3, person: casePeople[1]! },
    { form: 5, person: casePeople[2]! },
    { form: 9, person: people[86]! },
    { form: 10, person: people[87]! },
    { form: 1, person: people[88]! },
    { form: 8, person: people[89]! },
  ];
  for (const { form, person } of appPlan) {
    const owner = form === 8 ? employer : await foreignerAccount(db, person);
    const draft = await createDraft(db, owner, form, person.locale);
    fail(`draft of form ${form}`, draft);
    const id = (draft as { id: string }).id;
    for (const [section, values] of Object.entries(applicationData(form, person))) fail(`form ${form} section ${section}`, await saveSection(db, owner.id, id, section, values, today));
    fail(`submitting form ${form}`, await submitApplication(db, owner.id, id, today));
    submitted.push({ id, person, form });
    result.applications++;
  }
  // The clerk compares six of them; one paper differs in a field.
  for (const [i, a] of submitted.slice(0, 6).entries()) {
    const data = applicationData(a.form, a.person);
    const fields = Object.fromEntries(
      Object.entries(data).flatMap(([s, values]) =>
        Object.entries(values ?? {})
          .filter(([, v]) => typeof v !== 'object')
          .map(([f]) => [`${s}.${f}`, { matches: true }]),
      ),
    ) as Record<string, { matches: boolean; note?: string }>;
    if (i === 5) {
      const key = Object.keys(fields).find((k) => k.endsWith('.birthPlace')) ?? Object.keys(fields)[0]!;
      fields[key] = { matches: false, note: 'Na papierze inne miejsce urodzenia niż w wersji elektronicznej.' };
    }
    fail('comparison', await recordComparison(db, clerk, a.id, 1, fields));
  }

  // ---- Cases: two in every stage, registered over the past months; the README's case first, so it gets the year's first number.
  const STAGES_TWICE = (Object.keys(PATHS) as Stage[]).flatMap((s) => [s, s]);
  const plan: { person: DemoPerson; stage: Stage; applicationId?: string; form: number }[] = [
    { person: DEMO_HOLDER, stage: 'summons_formal_defects', applicationId: submitted[0]!.id, form: 1 },
    ...STAGES_TWICE.slice(1).map((stage, i) => ({
      person: casePeople[i]!,
      stage,
      applicationId: i < 3 ? submitted[i + 1]!.id : undefined,
      form: i < 3 ? submitted[i + 1]!.form : r.pick([1, 1, 1, 3, 4, 5, 7, 12]),
    })),
  ];
  for (const [i, c] of plan.entries()) {
    const path = PATHS[c.stage];
    const registrar = i % 6 === 5 ? admin : clerk;
    const consent = i % 3 === 0;
    const registered = c.applicationId
      ? await registerCaseFromApplication(db, registrar, c.applicationId, 1, consent)
      : await registerCase(db, registrar, {
          formNumber: c.form,
          applicantName: `${c.person.given} ${c.person.surname}`,
          contactEmail: c.person.email,
          contactPhone: null,
          notifyConsent: consent,
          locale: c.person.locale,
        });
    fail('registering a case', registered);
    const { caseId, number } = registered as { caseId: string; number: string };
    result.cases++;
    if (c.person === DEMO_HOLDER) {
      await db.update(cases).set({ passwordHash: await hashPassword(DEMO_CASE_PASSWORD), contactEmail: DEMO_HOLDER.email }).where(eq(cases.id, caseId));
      result.demoCase = { number, password: DEMO_CASE_PASSWORD };
    }
    // Each step a few working days after the last; the newest step lies before today.
    const gaps = path.map(() => r.int(4, 12));
    let day = workingDaysBefore(today, gaps.reduce((a, b) => a + b, 0) + r.int(1, 3));
    await stampCase(db, caseId, officeTime(day, r), 'registered');
    let docs = 0;
    for (const [k, stage] of path.entries()) {
      day = nextWorkingDayFrom(addDays(day, Math.round(gaps[k]! * 1.4)));
      if (day >= today) day = workingDaysBefore(today, 1);
      const at = officeTime(day, r);
      const due = STAGE_GROUP[stage] === 'summons' ? addDays(k === path.length - 1 ? today : day, 14 + r.int(0, 7)) : null;
      fail(`stage ${stage}`, await changeStage(db, clerk, caseId, stage, NOTES[stage] ?? null, due));
      await stampCase(db, caseId, at, 'events');
      if (STAGE_GROUP[stage] === 'summons') {
        const wanted = stage === 'summons_fee' ? [DOCUMENTS[1]!] : stage === 'summons_formal_defects' ? [DOCUMENTS[0]!, DOCUMENTS[3]!, DOCUMENTS[6]!].slice(0, c.person === DEMO_HOLDER ? 3 : 2) : [];
        for (const d of wanted) {
          fail('missing document', await addMissingDocument(db, clerk, caseId, d));
          await stampCase(db, caseId, new Date(at.getTime() + 60_000), 'document');
          docs++;
        }
        // Documents brought in before the case moved on are resolved.
        if (k < path.length - 1 && docs) {
          const open = await db.select({ id: caseMissingDocuments.id }).from(caseMissingDocuments).where(eq(caseMissingDocuments.caseId, caseId));
          for (const o of open) fail('resolving a document', await resolveMissingDocument(db, clerk, caseId, o.id));
        }
      }
      if (k === path.length - 1 || r.next() < 0.2) {
        const body = stage === 'card_ready' ? MESSAGES[3]! : stage === 'summons_fingerprints' ? MESSAGES[2]! : STAGE_GROUP[stage] === 'summons' ? MESSAGES[0]! : r.pick([MESSAGES[1]!, MESSAGES[4]!]);
        if (r.next() < 0.7 || c.person === DEMO_HOLDER) {
          fail('message', await postMessage(db, clerk, caseId, body));
          await stampCase(db, caseId, new Date(at.getTime() + 120_000), 'message');
        }
      }
    }
    if (c.person === DEMO_HOLDER) {
      fail('message', await postMessage(db, clerk, caseId, 'Umowę najmu można przesłać także pocztą; liczy się data nadania.'));
      await stampCase(db, caseId, new Date(Math.min(now.getTime() - 60_000, officeTime(workingDaysBefore(today, 1), r).getTime())), 'message');
    }
    // A missing document in a later stage, still open: the office asked again.
    if (c.stage === 'opinions' && i % 2 === 0) {
      fail('missing document', await addMissingDocument(db, clerk, caseId, DOCUMENTS[4]!));
    }
  }

  // ---- Reservations: the demo day and the rest of its week, at every location.
  const demoDay = demoOfficeDay(now);
  const days = [demoDay];
  for (let d = nextWorkingDayFrom(addDays(demoDay, 1)); days.length < 4; d = nextWorkingDayFrom(addDays(d, 1))) days.push(d);
  const locs = new Map((await db.select({ id: locations.id, slug: locations.slug }).from(locations)).map((l) => [l.slug, l.id]));
  const services = new Map((await db.select({ id: visitServices.id, slug: visitServices.slug }).from(visitServices)).map((s) => [s.slug, s.id]));
  /**
   * Which capacity the demo takes, so the e2e journeys keep theirs: at most one
   * place of a slot where a slot has more, none of Legnica's card collection
   * (security-kiosk) and no tickets in Wałbrzych (queue) or Jelenia Góra (visit-journey).
   */
  const want: { location: string; service: string; first: number; other: number; step: number }[] = [
    { location: 'wroclaw', service: 'submit-application', first: 8, other: 4, step: 1 },
    { location: 'wroclaw', service: 'fingerprints', first: 5, other: 2, step: 2 },
    { location: 'wroclaw', service: 'collect-card', first: 3, other: 2, step: 3 },
    { location: 'legnica', service: 'submit-application', first: 4, other: 2, step: 2 },
    { location: 'walbrzych', service: 'submit-application', first: 3, other: 1, step: 2 },
    { location: 'jelenia-gora', service: 'submit-application', first: 3, other: 1, step: 2 },
  ];
  const booked: { code: string; location: string; service: string; startsAt: Date; day: string }[] = [];
  let v = 0;
  for (const w of want) {
    const locationId = locs.get(w.location);
    const serviceId = services.get(w.service);
    if (!locationId || !serviceId) continue;
    for (const day of days) {
      // The times a visitor could book now (released, free, far enough ahead), as the calendar offers them.
      const slots = await freeTimes(db, locationId, serviceId, day);
      const count = day === demoDay ? w.first : w.other;
      for (let k = 0; k < slots.length && booked.filter((b) => b.day === day && b.location === w.location && b.service === w.service).length < count; k += w.step) {
        const slot = slots[k]!;
        const p = visitors[v++ % visitors.length]!;
        const visitor = { givenName: p.given.toUpperCase(), familyName: p.surname.toUpperCase(), birthDate: p.birthDate, passportNumber: p.passport };
        // A staff booking for every fourth visit (with the reason the rules ask for), an employer's for its employee, else the foreigner online.
        const res =
          v % 4 === 0
            ? await bookVisit(db, reception, slot.id, visitor, 'Wizyta umówiona telefonicznie: osoba bez dostępu do internetu')
            : v % 4 === 1
              ? await bookVisit(db, employer, slot.id, visitor)
              : await bookVisit(db, await foreignerAccount(db, p), slot.id, visitor);
        if (!res.ok) continue;
        booked.push({ code: (res as { code: string }).code, location: w.location, service: w.service, startsAt: slot.startsAt, day });
        result.reservations++;
      }
    }
  }

  // ---- The queue, on the demo day when it is today: visits as the morning went, some served, one at a desk, two waiting.
  if (demoDay === today) {
    const deskRows = await db
      .select({ id: desks.id, label: desks.label, locationId: desks.locationId, serviceId: deskServices.serviceId })
      .from(desks)
      .innerJoin(deskServices, eq(deskServices.deskId, desks.id))
      .where(inArray(desks.locationId, [locs.get('wroclaw')!, locs.get('legnica')!]));
    const busy = new Set<number>();
    const deskFor = (locationId: number, serviceId: number) => deskRows.find((d) => d.locationId === locationId && d.serviceId === serviceId && !busy.has(d.id))?.id;
    const runQueue = async (location: string, visits: typeof booked, leaveCalled: boolean, leaveWaiting: number) => {
      const locationId = locs.get(location)!;
      for (const [k, b] of visits.entries()) {
        const serviceId = services.get(b.service)!;
        const checked = await checkIn(db, reception, locationId, b.code, new Date(b.startsAt.getTime() - 10 * 60_000));
        fail('check-in', checked);
        if (k >= visits.length - leaveWaiting) continue;
        const desk = deskFor(locationId, serviceId);
        if (!desk) continue;
        const called = await callNext(db, reception, desk, new Date(b.startsAt.getTime() + 2 * 60_000));
        fail('call', called);
        const ticketId = (called as { ticket: { id: number } }).ticket.id;
        if (leaveCalled && k === visits.length - leaveWaiting - 1) {
          busy.add(desk);
          continue;
        }
        fail('finish', await finishTicket(db, reception, desk, ticketId, k === 1 ? 'absent' : 'served', new Date(b.startsAt.getTime() + 14 * 60_000)));
      }
    };
    const todays = (location: string, service?: string) => booked.filter((b) => b.day === demoDay && b.location === location && (!service || b.service === service)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await runQueue('wroclaw', todays('wroclaw').slice(0, 7), true, 2);
    // Legnica: served at desk 1 only (submitting applications); its card collection stays untouched for the kiosk journey.
    await runQueue('legnica', todays('legnica', 'submit-application').slice(0, 2), false, 0);
    const first = todays('wroclaw')[0];
    if (first) {
      const walkIn = await takeWalkInTicket(db, reception, locs.get('wroclaw')!, services.get('collect-card')!, new Date(first.startsAt.getTime() + 5 * 60_000));
      fail('walk-in ticket', walkIn);
    }
  }

  // ---- Enquiries, complaints and motions, in every status.
  const topic = (t: string) => ((ENQUIRY_TOPICS as readonly string[]).includes(t) ? t : 'other') as (typeof ENQUIRY_TOPICS)[number];
  const items: { kind: 'enquiry' | 'complaint' | 'motion'; topic: string; daysAgo: number; body: string; status: 'unconfirmed' | 'new' | 'assigned' | 'answered' | 'closed' | 'reopened' }[] = [
    { kind: 'enquiry', topic: 'temporary-residence', daysAgo: 1, status: 'new', body: 'Добрий день! Чи можна подати заяву на тимчасове проживання, якщо мій паспорт спливає через 5 місяців?' },
    { kind: 'enquiry', topic: 'reservations', daysAgo: 3, status: 'assigned', body: 'Hello, I booked a visit for fingerprints but I will be abroad on that day. Can I come one week later?' },
    { kind: 'complaint', topic: 'temporary-residence', daysAgo: 40, status: 'assigned', body: 'Моё дело рассматривается уже больше пяти месяцев, никто не отвечает на звонки. Прошу разобраться.' },
    { kind: 'complaint', topic: 'portal', daysAgo: 12, status: 'answered', body: 'Formularz wylogował mnie w trakcie wypełniania i straciłem część danych.' },
    { kind: 'motion', topic: 'reservations', daysAgo: 6, status: 'new', body: 'Please open more fingerprinting slots in the afternoon for people who work until 16:00.' },
    { kind: 'enquiry', topic: 'permanent-residence', daysAgo: 20, status: 'closed', body: 'Dzień dobry, jakie dokumenty potwierdzają stabilne źródło dochodu przy pobycie stałym?' },
    { kind: 'complaint', topic: 'reservations', daysAgo: 9, status: 'reopened', body: 'Кіоск не прийняв мій код бронювання, хоча я прийшла вчасно.' },
    { kind: 'enquiry', topic: 'work-permit', daysAgo: 4, status: 'answered', body: 'Какие документы нужны работодателю для разрешения на работу типа A?' },
    { kind: 'motion', topic: 'other', daysAgo: 25, status: 'closed', body: 'Proponuję dodać informacje o godzinach otwarcia w języku wietnamskim.' },
    { kind: 'enquiry', topic: 'residence-card', daysAgo: 0, status: 'unconfirmed', body: 'Hello, how long does it take to personalise a residence card after the decision?' },
  ];
  for (const [i, item] of items.entries()) {
    const p = senders[i]!;
    const at = new Date(Math.min(now.getTime() - 60 * 60_000, officeTime(workingDaysBefore(today, item.daysAgo), r).getTime()));
    const input = { kind: item.kind, topic: topic(item.topic), message: item.body, email: p.email, consent: true as const, pow: solvePow(createChallenge('enquiry')) };
    // Documentation addresses (RFC 5737): the demo's senders never share a rate limit with real visitors or the e2e journeys.
    const sent = await submitEnquiry(db, input, { actor: null, clientAddress: `192.0.2.${10 + i}`, locale: p.locale, now: at });
    fail('enquiry', sent);
    result.enquiries++;
    if (item.status === 'unconfirmed') continue;
    const id = (sent as { enquiryId: string }).enquiryId;
    const token = await issueEnquiryToken(db, id);
    fail('confirming an enquiry', await confirmEnquiry(db, token, new Date(at.getTime() + 20 * 60_000)));
    if (item.status === 'new') continue;
    fail('assigning', await assignEnquiry(db, clerk, id, clerk.id));
    if (item.status === 'assigned') {
      fail('note', await addEnquiryNote(db, clerk, id, 'Sprawdzić stan sprawy w systemie i oddzwonić.'));
      continue;
    }
    const answeredAt = new Date(Math.min(now.getTime() - 30 * 60_000, at.getTime() + 2 * DAY_MS));
    fail('reply', await replyToEnquiry(db, clerk, id, 'Dzień dobry, dziękujemy za wiadomość. Odpowiedź znajduje się w załączonej informacji na stronie usług; w razie pytań prosimy o kontakt.', answeredAt));
    if (item.status === 'closed') fail('closing', await closeEnquiry(db, clerk, id, new Date(answeredAt.getTime() + DAY_MS > now.getTime() ? now.getTime() : answeredAt.getTime() + DAY_MS)));
    if (item.status === 'reopened') fail('writing again', await writeAgain(db, { token }, 'Дякую, але проблема повторилася сьогодні.', null, new Date(Math.min(now.getTime() - 10 * 60_000, answeredAt.getTime() + DAY_MS))));
  }
  return result;
}
