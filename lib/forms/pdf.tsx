import 'server-only';
import QRCode from 'qrcode';
import { Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import { PDF_FONT } from '@/lib/pdf/fonts';
import { PdfDocument, renderPdf } from '@/lib/pdf/render';
import { answerSections } from './engine/answers';
import { answerText } from './engine/answer-text';
import type { FormData, FormDefinition } from './engine/types';
import { formByNumber } from './catalogue';

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, paddingTop: 70, paddingBottom: 56, paddingHorizontal: 40 },
  header: { position: 'absolute', top: 20, left: 40, right: 40, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start' },
  headerText: { fontSize: 8, maxWidth: 380 },
  qr: { width: 44, height: 44 },
  footer: { position: 'absolute', bottom: 22, left: 40, right: 40, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, color: '#333' },
  title: { fontSize: 12, fontWeight: 'bold', marginBottom: 4 },
  official: { fontSize: 9, marginBottom: 10 },
  section: { marginTop: 10, marginBottom: 2, fontSize: 10, fontWeight: 'bold', borderBottomWidth: 1, borderBottomColor: '#000', paddingBottom: 2 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#999', paddingVertical: 3 },
  label: { width: '42%', paddingRight: 6 },
  labelOwn: { fontSize: 7, color: '#444' },
  value: { width: '58%', fontWeight: 'bold' },
  empty: { width: '58%', color: '#555' },
  signature: { marginTop: 24, flexDirection: 'row', justifyContent: 'space-between' },
  box: { width: '45%', height: 60, borderWidth: 1, borderColor: '#000', padding: 4, justifyContent: 'flex-end' },
});

export type ApplicationPdfInput = { def: FormDefinition; code: string; version: number; locale: Locale; data: FormData; contentHash: string };

/** The URL the QR code holds: the clerk's comparison view for this code and version, nothing personal. */
export function comparisonUrl(code: string, version: number): string {
  return `${config().appUrl}/pl/staff/compare/${code}/${version}`;
}

/** The paper application: Polish labels as on the official form, the applicant's language under them. */
function ApplicationDocument({ input, qr, onPlaced }: { input: ApplicationPdfInput; qr: string; onPlaced?: (path: string, page: number) => void }) {
  const pl = translatorFor('pl');
  const own = input.locale === 'pl' ? null : translatorFor(input.locale);
  const info = formByNumber(input.def.number);
  const sections = answerSections(input.def, input.data);
  return (
    <PdfDocument title={`${info?.officialName ?? input.def.number} – ${input.code} v${input.version}`} author={config().OFFICE_NAME} language="pl">
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <View style={styles.headerText}>
            <Text>
              {pl('forms.pdf.code')}: {input.code} · {pl('forms.pdf.version')}: {input.version}
            </Text>
            <Text>{pl('forms.pdf.hash')}: {input.contentHash.slice(0, 16)}…</Text>
          </View>
          <Image src={qr} style={styles.qr} />
        </View>
        <Text style={styles.title}>{info?.officialName ?? ''}</Text>
        {own ? <Text style={styles.official}>{own('forms.pdf.printedFrom')}</Text> : null}
        {sections.map((s) => (
          <View key={s.id}>
            <Text style={styles.section} minPresenceAhead={40}>
              {s.officialTitle}
            </Text>
            {s.rows.map((row) => {
              const value = answerText(row, pl as never);
              return (
                <View key={row.path} style={styles.row} wrap={false}>
                  <View style={styles.label}>
                    <Text
                      render={({ pageNumber }) => {
                        // Called once the row has its page: the comparison view marks where the paper turns a page.
                        onPlaced?.(row.path, pageNumber);
                        return `${row.field.officialLabel}${row.item ? ` (${row.item})` : ''}`;
                      }}
                    />
                    {own ? <Text style={styles.labelOwn}>{own(`${row.field.text}.label` as never, { number: row.item ?? 1 } as never)}</Text> : null}
                  </View>
                  {value === null ? <Text style={styles.empty}>{pl('forms.engine.notAnswered')}</Text> : <Text style={styles.value}>{value}</Text>}
                </View>
              );
            })}
          </View>
        ))}
        <View style={styles.signature} wrap={false}>
          <View style={styles.box}>
            <Text>{pl('forms.pdf.date')}</Text>
            {own ? <Text style={styles.labelOwn}>{own('forms.pdf.date')}</Text> : null}
          </View>
          <View style={styles.box}>
            <Text>{pl('forms.pdf.signature')}</Text>
            {own ? <Text style={styles.labelOwn}>{own('forms.pdf.signature')}</Text> : null}
          </View>
        </View>
        <View style={styles.footer} fixed>
          <Text>
            {input.code} · v{input.version}
          </Text>
          <Text render={({ pageNumber, totalPages }) => pl('forms.pdf.page', { page: pageNumber, pages: totalPages })} />
        </View>
      </Page>
    </PdfDocument>
  );
}

export async function renderApplicationPdf(input: ApplicationPdfInput, onPlaced?: (path: string, page: number) => void): Promise<Buffer> {
  const qr = await QRCode.toDataURL(comparisonUrl(input.code, input.version), { errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  return renderPdf(<ApplicationDocument input={input} qr={qr} onPlaced={onPlaced} />);
}

/** On which printed page each answer (by path) lands: the same render as the download, kept only for its layout. */
export async function printedPages(input: ApplicationPdfInput): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  await renderApplicationPdf(input, (path, page) => pages.set(path, page));
  return pages;
}
