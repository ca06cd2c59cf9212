package org.reshape.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/// Dates as a UK council writes them (1/4/2024 is 1 April), whatever the machine's locale.
public final class UkDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);

    private UkDates() {
    }

    public static void use(DatePicker picker) {
        picker.setConverter(new LocalDateStringConverter(FORMAT, FORMAT));
        picker.setPromptText("d/m/yyyy");
    }
}
