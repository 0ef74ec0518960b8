package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Fills a template with a statement's rows (maps: JasperReports reads JavaBeans or maps, not records)
 * and its parameters, and exports it to PDF (fonts embedded) or XLSX (amounts as numeric cells).
 */
@Singleton
public class JasperRenderer {

    private final Templates templates;

    public JasperRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * @param template   the template's name under {@code reports/}
     * @param landscape  whether the common head and foot are the landscape ones
     * @param parameters the statement's parameters (the letterhead's among them)
     */
    public byte[] render(String template, boolean landscape, Map<String, Object> parameters,
                         Collection<? extends Map<String, ?>> rows, StatementTexts texts, OutputFormat format) {
        @SuppressWarnings("unchecked")
        JRDataSource source = new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(fill(template, landscape, parameters, source, texts, null), template, format, out);
        return out.toByteArray();
    }

    /**
     * Fills a template from a data source that may stream its rows (a book of a year's postings), the
     * filled pages kept by {@code virtualizer} (swapped to disk) when one is given, else in memory.
     */
    public JasperPrint fill(String template, boolean landscape, Map<String, Object> parameters, JRDataSource rows,
                            StatementTexts texts, JRVirtualizer virtualizer) {
        Map<String, Object> params = new HashMap<>(parameters);
        String orientation = landscape ? "landscape" : "portrait";
        params.put("LETTERHEAD", templates.get("common/letterhead-" + orientation));
        params.put("SIGNATURES", templates.get("common/signatures-" + orientation));
        params.put(JRParameter.REPORT_LOCALE, texts.locale());
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
        params.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        if (virtualizer != null) {
            params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        try {
            return JasperFillManager.fillReport(templates.get(template), params, rows);
        } catch (JRException e) {
            throw new IllegalStateException("statement " + template + " could not be rendered: " + e.getMessage(), e);
        }
    }

    /** Writes a filled statement as PDF (fonts embedded) or XLSX (one sheet named {@code sheet}) to {@code out}. */
    public void export(JasperPrint print, String sheet, OutputFormat format, OutputStream out) {
        try {
            switch (format) {
                case PDF -> {
                    JRPdfExporter pdf = new JRPdfExporter();
                    pdf.setExporterInput(new SimpleExporterInput(print));
                    pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    pdf.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter xlsx = new JRXlsxExporter();
                    xlsx.setExporterInput(new SimpleExporterInput(print));
                    xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
                    config.setSheetNames(new String[] {sheet});
                    xlsx.setConfiguration(config);
                    xlsx.exportReport();
                }
                default -> throw new IllegalArgumentException(format + " is not rendered by JasperReports");
            }
        } catch (JRException e) {
            throw new IllegalStateException("statement " + sheet + " could not be exported: " + e.getMessage(), e);
        }
    }
}
