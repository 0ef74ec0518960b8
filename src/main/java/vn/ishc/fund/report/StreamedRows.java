package vn.ishc.fund.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import java.util.Iterator;
import java.util.Map;

/**
 * A JasperReports data source that pulls its rows (maps) one at a time from an iterator, so a statement
 * fills from a database cursor without holding its rows: only the current one is kept.
 */
final class StreamedRows implements JRDataSource {

    private final Iterator<? extends Map<String, ?>> rows;
    private Map<String, ?> current;

    StreamedRows(Iterator<? extends Map<String, ?>> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        current = rows.hasNext() ? rows.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current.get(field.getName());
    }
}
