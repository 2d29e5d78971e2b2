package dev.connector.payments;

import dev.connector.enterprises.Enterprise;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a bill as a PDF (A4): the enterprise, the bill's number and state, one line per order item and payment,
 * and the totals. Uses the standard 14 fonts, so text is reduced to what WinAnsi encoding can show.
 */
final class BillPdf {

    private static final float MARGIN = 50;
    private static final float LINE = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private BillPdf() {
    }

    static byte[] render(Enterprise enterprise, Bill bill, List<OrderItem> items, List<Payment> payments) {
        ZoneId zone = ZoneId.of(enterprise.timeZoneIdentifier());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Writer writer = new Writer(document, regular);
            writer.line(bold, 16, enterprise.name(), null);
            writer.line(regular, 10, String.join(", ", nonNull(enterprise.addressLine1(), enterprise.addressCity(),
                    enterprise.addressPostalCode())), null);
            writer.gap();
            String title = (Bill.CLOSED.equals(bill.state()) ? bill.type() + " " + bill.number() : "Open bill")
                    + (bill.name() == null ? "" : " - " + bill.name());
            writer.line(bold, 13, title, null);
            writer.line(regular, 10, "Created " + DATE.format(bill.createdUtc().atZone(zone))
                    + (bill.issuedUtc() == null ? "" : ", issued " + DATE.format(bill.issuedUtc().atZone(zone)))
                    + (bill.dueUtc() == null ? "" : ", due " + DATE.format(bill.dueUtc().atZone(zone))), null);
            writer.gap();
            writer.line(bold, 11, "Items", "Amount (" + enterprise.currencyCode() + ")");
            BigDecimal charged = BigDecimal.ZERO;
            BigDecimal net = BigDecimal.ZERO;
            for (OrderItem item : items) {
                if (item.accountingState() == AccountingState.Canceled) {
                    continue;
                }
                String name = item.billingName() != null ? item.billingName()
                        : OrderItem.SPACE_ORDER.equals(item.type()) ? "Night" : item.type();
                writer.line(regular, 10, DATE.format(item.consumedUtc().atZone(zone)) + "  " + item.unitCount()
                        + " x " + name, item.amount().grossValue().toPlainString());
                charged = charged.add(item.amount().grossValue());
                net = net.add(item.amount().netValue());
            }
            writer.gap();
            writer.line(bold, 11, "Payments", null);
            BigDecimal paid = BigDecimal.ZERO;
            for (Payment payment : payments) {
                String kind = payment.data() != null && payment.data().external() != null
                        ? payment.data().external().type().name() : payment.type();
                writer.line(regular, 10, DATE.format(payment.createdUtc().atZone(zone)) + "  " + kind,
                        payment.amount().grossValue().toPlainString());
                paid = paid.add(payment.amount().grossValue());
            }
            writer.gap();
            writer.line(regular, 10, "Total without tax", net.toPlainString());
            writer.line(regular, 10, "Tax", charged.subtract(net).toPlainString());
            writer.line(bold, 11, "Total", charged.toPlainString());
            writer.line(bold, 11, "Balance", charged.add(paid).toPlainString());
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print bill " + bill.id(), e);
        }
    }

    private static List<String> nonNull(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType1Font fallback;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDType1Font fallback) throws IOException {
            this.document = document;
            this.fallback = fallback;
            newPage();
        }

        void line(PDType1Font font, float size, String left, String right) throws IOException {
            if (y < MARGIN + LINE) {
                newPage();
            }
            text(font, size, MARGIN, left);
            if (right != null) {
                float width = font.getStringWidth(printable(right)) / 1000 * size;
                text(font, size, PDRectangle.A4.getWidth() - MARGIN - width, right);
            }
            y -= LINE;
        }

        void gap() {
            y -= LINE / 2;
        }

        void close() throws IOException {
            content.close();
        }

        private void text(PDType1Font font, float size, float x, String value) throws IOException {
            content.beginText();
            content.setFont(font == null ? fallback : font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(value));
            content.endText();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** What the standard fonts can show: Latin-1 letters; anything else becomes '?'. */
        private static String printable(String value) {
            StringBuilder printable = new StringBuilder();
            for (char c : (value == null ? "" : value).toCharArray()) {
                printable.append(c >= 32 && c < 127 || c >= 160 && c < 256 ? c : '?');
            }
            return printable.toString();
        }
    }
}
