import 'server-only';
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import { PDF_FONT, registerPdfFonts } from '@/lib/pdf/fonts';
import { localName, placeLine, type ReservationDetails } from './details';
import { visitWhen } from './notice';

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10.5, padding: 44, lineHeight: 1.4 },
  head: { borderBottomWidth: 1, borderBottomColor: '#333', paddingBottom: 8, marginBottom: 14 },
  office: { fontSize: 13, fontWeight: 'bold' },
  title: { fontSize: 15, fontWeight: 'bold', marginBottom: 10 },
  box: { flexDirection: 'row', borderWidth: 1.5, borderColor: '#000', padding: 12, marginBottom: 12 },
  boxText: { flexGrow: 1, paddingRight: 12 },
  label: { fontSize: 9, color: '#333' },
  code: { fontSize: 22, fontWeight: 'bold', letterSpacing: 2, marginBottom: 6 },
  value: { fontSize: 11.5, fontWeight: 'bold', marginBottom: 6 },
  qr: { width: 120, height: 120 },
  h2: { fontSize: 12, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  line: { marginBottom: 2 },
  staff: { marginTop: 8, fontSize: 9, color: '#333' },
});

export type ReservationPdfInput = { r: ReservationDetails; locale: Locale; bring: string[] };

function ReservationDocument({ r, locale, bring, qr }: ReservationPdfInput & { qr: string }) {
  const t = translatorFor(locale);
  const cfg = config();
  const service = localName(r.serviceNames, locale);
  return (
    <Document title={r.code} author={cfg.OFFICE_NAME} language={locale}>
      <Page size="A4" style={styles.page}>
        <View style={styles.head}>
          <Text style={styles.office}>{cfg.OFFICE_NAME}</Text>
          <Text>{t('common.department')}</Text>
        </View>
        <Text style={styles.title}>{t('reservations.pdf.title')}</Text>
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
            <Text style={styles.value}>{`${r.givenName} ${r.familyName} · ${r.birthDate} · ${r.passportNumber}`}</Text>
            {r.minors.length ? (
              <>
                <Text style={styles.label}>{t('reservations.details.minors')}</Text>
                <Text style={styles.value}>{r.minors.map((m) => `${m.givenName} ${m.familyName} (${m.birthDate})`).join('; ')}</Text>
              </>
            ) : null}
          </View>
          <View>
            <Image style={styles.qr} src={qr} />
            <Text style={styles.label}>{t('reservations.pdf.qrHint')}</Text>
          </View>
        </View>
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
        {r.staffBooking ? <Text style={styles.staff}>{t('reservations.pdf.staffBooking')}</Text> : null}
      </Page>
    </Document>
  );
}

/** The visit confirmation to print or show on a phone: the kiosk reads the code from the QR. */
export async function renderReservationPdf(input: ReservationPdfInput): Promise<Buffer> {
  registerPdfFonts();
  // The QR holds only the code: a scanner at the kiosk types it like a keyboard.
  const qr = await QRCode.toDataURL(input.r.code, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  return renderToBuffer(<ReservationDocument {...input} qr={qr} />);
}
