package org.reshape.report;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/// veraPDF's PDF/UA-1 check of a PDF, as the reviewers run it.
final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /// Each failed rule ("7.1-3 …") with how many checks failed and the first message; empty when the file passes.
    static Map<String, String> failures(byte[] pdf) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    out.merge(rule, a.getMessage() + " at " + a.getLocation().getContext() + " (1)", (x, y) -> x);
                }
            }
            result.getFailedChecks().forEach((id, n) -> out.computeIfPresent(id.getClause() + "-" + id.getTestNumber(),
                    (k, v) -> n + " × " + v));
            if (!result.isCompliant() && out.isEmpty()) {
                out.put("?", "not compliant, no failed assertion reported");
            }
        }
        return out;
    }
}
