package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

import java.io.ByteArrayOutputStream;
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
        Map<String, Object> params = new HashMap<>(parameters);
        String orientation = landscape ? "landscape" : "portrait";
        params.put("LETTERHEAD", templates.get("common/letterhead-" + orientation));
        params.put("SIGNATURES", templates.get("common/signatures-" + orientation));
        params.put(JRParameter.REPORT_LOCALE, texts.locale());
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.bundle());
        params.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        try {
            @SuppressWarnings("unchecked")
            JasperPrint print = JasperFillManager.fillReport(templates.get(template), params,
                    new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
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
                    config.setSheetNames(new String[] {template});
                    xlsx.setConfiguration(config);
                    xlsx.exportReport();
                }
                default -> throw new IllegalArgumentException(format + " is not rendered by JasperReports");
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("statement " + template + " could not be rendered: " + e.getMessage(), e);
        }
    }
}
