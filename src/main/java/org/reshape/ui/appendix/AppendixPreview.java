package org.reshape.ui.appendix;

import java.io.IOException;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.report.Appendix;
import org.reshape.report.AppendixOptions;
import org.reshape.report.Paper;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import org.reshape.ui.workspace.Workspace;

/// The appendix before it is printed or saved: which structure, A4 or A3,
/// public or full version, and the pages exactly as the PDF and the printer
/// will have them. Print goes through the system's print dialog.
public final class AppendixPreview extends BorderPane {
    private static HBox pair(String name, javafx.scene.Node field) {
        Label l = new Label(name);
        l.setLabelFor(field);
        HBox box = new HBox(6, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private final Workspace workspace;
    private final ComboBox<Scenario> scenario = new ComboBox<>();
    private final ComboBox<Paper> paper = new ComboBox<>(FXCollections.observableArrayList(Paper.values()));
    private final CheckBox publicVersion = new CheckBox("Public version (no names, pay in £5,000 bands)");
    private final Pagination pages = new Pagination();
    private final Label message = new Label();
    private final javafx.scene.control.Spinner<Integer> number = new javafx.scene.control.Spinner<>(1, 99, 2);
    private final javafx.scene.control.TextField title = new javafx.scene.control.TextField();
    private final ComboBox<String> classification = new ComboBox<>(FXCollections.observableArrayList(OPEN, EXEMPT));
    private final javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker(java.time.LocalDate.now());
    private final Memory memory;
    private boolean loading;
    private PagedDocument document;

    /// The wording for the public version.
    public static final String OPEN = "Open";
    /// The wording a council uses for exempt information, for the full version.
    public static final String EXEMPT = "Not for publication – Schedule 12A, paragraph 1";

    /// Where the options are kept between showings, per scenario (the window's settings file).
    public interface Memory {
        java.util.Optional<String> get(String key);

        void put(String key, String value);

        /// Kept for this session only.
        static Memory session() {
            java.util.Map<String, String> map = new java.util.HashMap<>();
            return new Memory() {
                @Override
                public java.util.Optional<String> get(String key) {
                    return java.util.Optional.ofNullable(map.get(key));
                }

                @Override
                public void put(String key, String value) {
                    map.put(key, value);
                }
            };
        }
    }

    public AppendixPreview(Workspace workspace) {
        this(workspace, Memory.session(), () -> { });
    }

    /// @param memory keeps title, number, classification, date, paper and version per scenario
    /// @param close  closes the window the preview is in
    public AppendixPreview(Workspace workspace, Memory memory, Runnable close) {
        this.workspace = workspace;
        this.memory = memory;
        setId("appendix-preview");
        scenario.setId("appendix-scenario");
        paper.setId("appendix-paper");
        publicVersion.setId("appendix-public");
        pages.setId("appendix-pages");
        message.setId("appendix-message");
        Model m = workspace.model();
        scenario.setItems(FXCollections.observableArrayList(m.scenarios()));
        scenario.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Scenario fromString(String s) {
                return null;
            }
        });
        scenario.setValue(workspace.editedScenario().orElse(m.scenarios().getFirst()));
        paper.setValue(Paper.A4);
        Button save = new Button("Save PDF…");
        save.setId("appendix-save");
        save.setOnAction(e -> chooseAndSave());
        Button word = new Button("Save for Word…");
        word.setId("appendix-save-docx");
        word.setTooltip(new javafx.scene.control.Tooltip("The schedule of changes, cost tables and who is affected, as a .docx to paste into a report"));
        word.setOnAction(e -> chooseAndSaveDocx());
        Button print = new Button("Print…");
        print.setId("appendix-print");
        print.setOnAction(e -> print());
        Button closeButton = new Button("Close");
        closeButton.setId("appendix-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        number.setId("appendix-number");
        number.setPrefWidth(70);
        number.setEditable(true);
        title.setId("appendix-title");
        title.setPrefColumnCount(24);
        classification.setId("appendix-classification");
        classification.setEditable(true);
        classification.setPrefWidth(330);
        date.setId("appendix-date");
        org.reshape.ui.UkDates.use(date);
        // rows that wrap rather than run off the window: each label stays beside its field
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 6, pair("Structure", scenario), pair("Paper", paper),
                publicVersion, save, word, print, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane details = new javafx.scene.layout.FlowPane(10, 6, pair("Appendix", number), pair("Title", title),
                pair("Classification", classification), pair("Date", date));
        details.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(6, bar, details);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(pages);
        message.setPadding(new Insets(4, 8, 6, 8));
        setBottom(message);
        scenario.valueProperty().addListener((o, a, b) -> {
            load();
            rebuild();
        });
        paper.valueProperty().addListener((o, a, b) -> changed());
        publicVersion.selectedProperty().addListener((o, a, b) -> {
            if (!loading) {
                // each version keeps its own classification: Open for the public one, exempt for the full one
                loading = true;
                classification.setValue(remembered(publicVersion.isSelected() ? "classification.public" : "classification.full")
                        .orElse(publicVersion.isSelected() ? OPEN : EXEMPT));
                loading = false;
            }
            changed();
        });
        number.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null && scenario.getValue() != null
                    && title.getText().equals(AppendixOptions.defaultTitle(scenario.getValue(), a))) {
                title.setText(AppendixOptions.defaultTitle(scenario.getValue(), b));
            }
            changed();
        });
        title.textProperty().addListener((o, a, b) -> changed());
        classification.valueProperty().addListener((o, a, b) -> changed());
        date.valueProperty().addListener((o, a, b) -> changed());
        load();
        rebuild();
    }

    private String key(String what) {
        return "appendix." + workspace.model().id() + "." + scenario.getValue().id() + "." + what;
    }

    private java.util.Optional<String> remembered(String what) {
        return scenario.getValue() == null ? java.util.Optional.empty() : memory.get(key(what));
    }

    /// The options last used for this scenario, or its defaults.
    private void load() {
        Scenario s = scenario.getValue();
        if (s == null) {
            return;
        }
        loading = true;
        try {
            int n = remembered("number").map(v -> {
                try {
                    return Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    return null;
                }
            }).orElse(s.isProposal() ? 2 : 1);
            number.getValueFactory().setValue(n);
            title.setText(remembered("title").orElse(AppendixOptions.defaultTitle(s, n)));
            publicVersion.setSelected(remembered("public").map(Boolean::parseBoolean).orElse(false));
            classification.setValue(remembered(publicVersion.isSelected() ? "classification.public" : "classification.full")
                    .orElse(publicVersion.isSelected() ? OPEN : EXEMPT));
            date.setValue(remembered("date").map(d -> {
                try {
                    return java.time.LocalDate.parse(d);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }).orElse(java.time.LocalDate.now()));
            paper.setValue(remembered("paper").map(p -> {
                try {
                    return Paper.valueOf(p);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }).orElse(Paper.A4));
        } finally {
            loading = false;
        }
    }

    /// Remembers the options for this scenario and lays the appendix out again.
    private void changed() {
        if (loading || scenario.getValue() == null) {
            return;
        }
        memory.put(key("number"), String.valueOf(number.getValue()));
        memory.put(key("title"), title.getText());
        memory.put(key("public"), String.valueOf(publicVersion.isSelected()));
        memory.put(key(publicVersion.isSelected() ? "classification.public" : "classification.full"),
                classification.getValue() == null ? "" : classification.getValue());
        memory.put(key("date"), date.getValue() == null ? "" : date.getValue().toString());
        memory.put(key("paper"), paper.getValue().name());
        rebuild();
    }

    private AppendixOptions options() {
        AppendixOptions o = AppendixOptions.defaults(workspace.model(), scenario.getValue()).withPaper(paper.getValue())
                .withPublicVersion(publicVersion.isSelected()).withCostSettings(workspace.settings())
                .withClassification(classification.getValue()).withDate(date.getValue());
        return title.getText() == null || title.getText().isBlank() ? o : o.withTitle(title.getText().strip());
    }

    /// Lays the appendix out again with the chosen options.
    void rebuild() {
        try {
            document = Appendix.layout(workspace.model(), scenario.getValue(), options());
        } catch (IllegalArgumentException e) {
            document = null;
            message.setText("Cannot make this appendix: " + e.getMessage());
            pages.setPageCount(1);
            pages.setPageFactory(i -> new Label(e.getMessage()));
            return;
        }
        pages.setPageCount(document.pages().size());
        pages.setCurrentPageIndex(0);
        pages.setPageFactory(this::pageNode);
        message.setText(document.title() + " — " + document.pages().size() + " pages, " + options().versionText());
    }

    private javafx.scene.Node pageNode(int index) {
        if (document == null || index >= document.pages().size()) {
            return null;
        }
        Page p = document.pages().get(index);
        Canvas c = PagePainter.canvas(p, 1.4);
        StackPane framed = new StackPane(c);
        framed.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2); -fx-background-color: white;");
        framed.setMaxSize(c.getWidth(), c.getHeight());
        ScrollPane scroll = new ScrollPane(new StackPane(framed));
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background: #ECEFF1;");
        return scroll;
    }

    public PagedDocument document() {
        return document;
    }

    public void save(Path file) throws IOException {
        Appendix.writePdf(document, file);
    }

    /// Writes the appendix's text and tables as a Word document, with the options shown.
    public void saveDocx(Path file) throws IOException {
        Appendix.writeDocx(workspace.model(), scenario.getValue(), options(), file);
    }

    private void chooseAndSaveDocx() {
        if (document == null) {
            return;
        }
        FileChooser c = new FileChooser();
        c.setTitle("Save the appendix's text and tables for Word");
        c.setInitialFileName(document.title().replaceAll("[^A-Za-z0-9 ]", "").replace(' ', '-') + ".docx");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word document", "*.docx"));
        var f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                saveDocx(f.toPath());
                message.setText("Saved " + f);
            } catch (IOException | IllegalArgumentException e) {
                message.setText("Could not save " + f + ": " + e.getMessage());
            }
        }
    }

    private void chooseAndSave() {
        if (document == null) {
            return;
        }
        FileChooser c = new FileChooser();
        c.setTitle("Save the appendix as a PDF");
        c.setInitialFileName(defaultFileName(document.title()));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        var f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                save(f.toPath());
                message.setText("Saved " + f);
            } catch (IOException e) {
                message.setText("Could not save " + f + ": " + e.getMessage());
            }
        }
    }

    /// Prints through the system dialog; each page keeps the PDF's orientation and pagination.
    void print() {
        if (document == null) {
            return;
        }
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            message.setText("No printer is set up on this computer: save the PDF and print that instead");
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(getScene().getWindow())) {
            return;
        }
        javafx.print.Paper sheet = paper.getValue() == Paper.A3 ? javafx.print.Paper.A3 : javafx.print.Paper.A4;
        boolean ok = true;
        for (Page p : document.pages()) {
            PageLayout layout = job.getPrinter().createPageLayout(sheet,
                    p.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, javafx.print.Printer.MarginType.HARDWARE_MINIMUM);
            Canvas c = PagePainter.canvas(p, 2);
            double fit = Math.min(layout.getPrintableWidth() / c.getWidth(), layout.getPrintableHeight() / c.getHeight());
            Group node = new Group(c);
            node.getTransforms().add(new Scale(fit, fit));
            ok &= job.printPage(layout, node);
        }
        message.setText(ok && job.endJob() ? "Sent " + document.pages().size() + " pages to " + job.getPrinter().getName()
                : "Printing failed: " + job.getJobStatus());
    }

    /// "Proposed structure – Appendix" → `proposed-structure-appendix.pdf`: letters and digits joined by single dashes.
    public static String defaultFileName(String title) {
        return org.reshape.io.imports.Ids.slug(title, 80) + ".pdf";
    }
}
