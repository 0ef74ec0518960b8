package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements' JasperReports templates ({@code reports/*.jrxml}, on the classpath), each compiled once,
 * at first use, and kept: compiling takes a good part of a second, filling a few milliseconds.
 */
@Singleton
public class Templates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** The compiled template {@code reports/<name>.jrxml}. */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, Templates::compile);
    }

    private static JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no template " + path + " on the classpath");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("template " + path + " does not compile: " + e.getMessage(), e);
        }
    }
}
