package org.reshape.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;
import org.reshape.io.json.ModelFiles;
import org.reshape.report.Appendix;
import org.reshape.report.AppendixOptions;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.finance.FinanceWorkbook;
import org.reshape.store.ModelStore;
import org.slf4j.LoggerFactory;

/// Personal data at rest: every file Reshape makes is its owner's only, and the log never holds a name or pay.
/// The holders are clearly fictional.
class PrivateFilesTest {
    private static final String HOLDER = "Zebedee Quillfeather-Fictitious";
    private static final String PAY = "71234.56";

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static Model imported() {
        Model empty = EstablishmentImport.emptyModel("acme", "Acme", LocalDate.of(2025, 4, 1));
        String csv = "Post,Title,Reports to,Grade,Pay min,Pay max,Employee name\n"
                + "1,Chief Executive,,CE," + PAY + ",80000," + HOLDER + "\n"
                + "2,Director,1,Dir,60000,65000,Nemo Imaginary-Person\n";
        ColumnMapping mapping = ColumnMapping.guess(List.of("Post", "Title", "Reports to", "Grade", "Pay min", "Pay max", "Employee name"))
                .withCreateGrades(true, "Acme grades");
        return EstablishmentImport.importInto(empty, ImportSource.of("acme.csv", csv), mapping, ImportOptions.defaults(), Progress.NONE)
                .value().orElseThrow().model();
    }

    @Test
    void databaseFoldersExportsPdfsAndWorkbooks_areTheOwnersOnly(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Model m = imported();
        Scenario s = m.baseline();
        Path data = dir.resolve("data").resolve("deeper");
        try (ModelStore store = ModelStore.open(data.resolve("reshape"))) {
            store.saveModel(m);
        }
        assertThat(perms(dir.resolve("data"))).isEqualTo("rwx------");
        assertThat(perms(data)).isEqualTo("rwx------");
        assertThat(perms(data.resolve("reshape.mv.db"))).isEqualTo("rw-------");

        Path json = dir.resolve("model.reshape.json");
        ModelFiles.write(m, json);
        Path csv = dir.resolve("posts.csv");
        EstablishmentExport.write(m, s, csv);
        Path pdf = dir.resolve("appendix.pdf");
        Appendix.writePdf(m, s, AppendixOptions.defaults(m, s), pdf);
        Path xlsx = dir.resolve("finance.xlsx");
        FinanceWorkbook.write(List.of(new FinanceTable("T", List.of(new FinanceTable.Column("A", FinanceTable.Kind.TEXT)),
                List.of(List.of("x")), false)), xlsx);
        for (Path p : List.of(json, csv, pdf, xlsx)) {
            assertThat(perms(p)).as(p.getFileName().toString()).isEqualTo("rw-------");
        }
        assertThat(Files.readString(csv)).contains(HOLDER);
    }

    @Test
    void theLogNeverHoldsANameOrPay(@TempDir Path dir) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger reshape = (Logger) LoggerFactory.getLogger("org.reshape");
        Level before = reshape.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        root.addAppender(seen);
        reshape.setLevel(Level.TRACE);
        try {
            Model m = imported();
            try (ModelStore store = ModelStore.open(dir.resolve("reshape"))) {
                store.saveModel(m);
                Model back = store.loadModel(m.id()).orElseThrow();
                store.savePost(m.id(), back.baseline().id(), back.baseline().post("1").withTitle("Chief Executive (interim)"));
            }
            ModelFiles.write(m, dir.resolve("m.reshape.json"));
            new Costing(m, m.costSettings()).compare(m.baseline(), m.baseline());
            Appendix.writePdf(m, m.baseline(), AppendixOptions.defaults(m, m.baseline()), dir.resolve("a.pdf"));
        } finally {
            reshape.setLevel(before);
            root.detachAppender(seen);
        }
        assertThat(seen.list).as("something was logged, so the test can see a leak").isNotEmpty();
        for (ILoggingEvent e : seen.list) {
            String text = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(text).doesNotContain("Zebedee", "Quillfeather", "Nemo", "Imaginary-Person", "71234", "71,234", "80000", "80,000");
        }
    }
}
