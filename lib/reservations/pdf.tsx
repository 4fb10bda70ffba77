import 'server-only';
import { Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import { PDF_FONT } from '@/lib/pdf/fonts';
import { PdfDocument, renderPdf } from '@/lib/pdf/render';
import { placeLine, type ReservationDetails } from './details';
import { localText } from '@/lib/i18n/local-name';
import { visitWhen } from './notice';
import { printedDate } from '@/lib/forms/engine/answer-text';

// The QR column has a fixed width and never shrinks; the text column takes the rest and wraps,
// so a long place name or a long translation cannot run under the code or out of the box.
const QR_SIZE = 120;
const QR_COLUMN = QR_SIZE + 12;

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10.5, padding: 44, lineHeight: 1.4 },
  head: { borderBottomWidth: 1, borderBottomColor: '#333', paddingBottom: 8, marginBottom: 14 },
  office: { fontSize: 13, fontWeight: 'bold' },
  title: { fontSize: 15, fontWeight: 'bold', marginBottom: 10 },
  box: { flexDirection: 'row', borderWidth: 1.5, borderColor: '#000', padding: 12, marginBottom: 12 },
  boxText: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 14 },
  qrColumn: { width: QR_COLUMN, flexGrow: 0, flexShrink: 0, alignItems: 'center' },
  label: { fontSize: 9, color: '#333' },
  code: { fontSize: 22, fontWeight: 'bold', letterSpacing: 2, lineHeight: 1.2, marginBottom: 10 },
  value: { fontSize: 11.5, fontWeight: 'bold', marginBottom: 6 },
  qr: { width: QR_SIZE, height: QR_SIZE },
  qrHint: { width: QR_COLUMN, fontSize: 8, lineHeight: 1.3, color: '#333', textAlign: 'center', marginTop: 4 },
  stamp: { width: QR_COLUMN, borderWidth: 2.5, borderColor: '#b00020', color: '#b00020', paddingVertical: 10, paddingHorizontal: 4, alignItems: 'center' },
  stampWord: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', lineHeight: 1.3 },
  voidNote: { borderWidth: 1.5, borderColor: '#b00020', color: '#b00020', padding: 8, marginBottom: 12, fontWeight: 'bold' },
  h2: { fontSize: 12, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  line: { marginBottom: 2 },
  staff: { marginTop: 8, fontSize: 9, color: '#333' },
});

export type ReservationPdfInput = { r: ReservationDetails; locale: Locale; bring: string[] };

/**
 * A cancelled reservation, or one that lapsed (the visitor came too late), is no
 * confirmation any more: its PDF says so in Polish and in the visitor's language and
 * carries no QR code, so it cannot pass for a valid one at the door or the kiosk.
 */
export const isVoidReservation = (r: Pick<ReservationDetails, 'status'>) => r.status === 'cancelled' || r.status === 'no_show';

function ReservationDocument({ r, locale, bring, qr }: ReservationPdfInput & { qr: string | null }) {
  const t = translatorFor(locale);
  const pl = translatorFor('pl');
  const cfg = config();
  const service = localText(r.serviceNames, locale);
  const languages = locale === 'pl' ? [pl] : [pl, t];
  return (
    <PdfDocument title={`${t('reservations.pdf.title')} ${r.code}${qr ? '' : ` – ${t('reservations.pdf.cancelledStamp')}`}`} author={cfg.OFFICE_NAME} language={locale}>
      <Page size="A4" style={styles.page}>
        <View style={styles.head}>
          <Text style={styles.office}>{cfg.OFFICE_NAME}</Text>
          <Text>{t('common.department')}</Text>
        </View>
        <Text style={styles.title}>{t('reservations.pdf.title')}</Text>
        {qr ? null : (
          <View style={styles.voidNote}>
            {languages.map((tr, i) => (
              <Text key={i}>{tr('reservations.pdf.cancelledNote')}</Text>
            ))}
          </View>
        )}
        <View style={styles.box}>
          <View style={styles.boxText}>
            <Text style={styles.label}>{t('reservations.details.code')}</Text>
            <Text style={styles.code}>{r.code}</Text>
            <Text style={styles.label}>{t('reservations.details.when')}</Text>
            <Text style={styles.value}>{visitWhen(r.startsAt, locale)}</Text>
            <Text style={styles.label}>{t('reservations.details.place')}</Text>
            <Text style={styles.value}>{placeLine(r)}</Text>
            <Text style={styles.label}>{t('reservations.details.service')}</Text>
            <Text style={styles.value}>{service}</Text>
            <Text style={styles.label}>{t('reservations.details.visitor')}</Text>
            <Text style={styles.value}>{`${r.givenName} ${r.familyName} · ${printedDate(r.birthDate)} · ${r.passportNumber}`}</Text>
            {r.minors.length ? (
              <>
                <Text style={styles.label}>{t('reservations.details.minors')}</Text>
                <Text style={styles.value}>{r.minors.map((m) => `${m.givenName} ${m.familyName} (${printedDate(m.birthDate)})`).join('; ')}</Text>
              </>
            ) : null}
          </View>
          {qr ? (
            <View style={styles.qrColumn}>
              <Image style={styles.qr} src={qr} />
              <Text style={styles.qrHint}>{t('reservations.pdf.qrHint')}</Text>
            </View>
          ) : (
            <View style={styles.qrColumn}>
              <View style={styles.stamp}>
                {languages.map((tr, i) => (
                  <Text key={i} style={styles.stampWord}>
                    {tr('reservations.pdf.cancelledStamp')}
                  </Text>
                ))}
              </View>
            </View>
          )}
        </View>
        {qr ? (
          <>
            <Text style={styles.h2}>{t('reservations.details.rulesTitle')}</Text>
            <Text style={styles.line}>• {t('reservations.visitor.ruleEarly')}</Text>
            <Text style={styles.line}>• {t('reservations.visitor.ruleLate')}</Text>
            <Text style={styles.line}>• {t('reservations.visitor.rulePersonal')}</Text>
            {bring.length ? (
              <>
                <Text style={styles.h2}>{t('reservations.pdf.bring')}</Text>
                {bring.map((l, i) => (
                  <Text key={i} style={styles.line}>
                    {l}
                  </Text>
                ))}
              </>
            ) : null}
          </>
        ) : null}
        {r.staffBooking ? <Text style={styles.staff}>{t('reservations.pdf.staffBooking')}</Text> : null}
      </Page>
    </PdfDocument>
  );
}

/** The visit confirmation to print or show on a phone: the kiosk reads the code from the QR. */
export async function renderReservationPdf(input: ReservationPdfInput): Promise<Buffer> {
  // The QR holds only the code: a scanner at the kiosk types it like a keyboard.
  const qr = isVoidReservation(input.r) ? null : await QRCode.toDataURL(input.r.code, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  return renderPdf(<ReservationDocument {...input} qr={qr} />);
}
