package org.reshape.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.io.samples.BurySample;

/// Each way a file can be wrong gives a message that names the file and the place.
class ModelFilesErrorsTest {
    private static final String FILE = "bury.reshape.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BURY = ModelFiles.toJson(BurySample.build());

    @Test
    void aValueOfTheWrongType_isNamedByItsPath() {
        assertThat(messageFor(root -> post(root, 1, 3).put("fte", "abc")))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[3].fte: expected a number, found \"abc\"");
        assertThat(messageFor(root -> post(root, 0, 0).put("headcount", 1.5)))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts[0].headcount: expected a whole number, found 1.5");
        assertThat(messageFor(root -> post(root, 1, 6).put("fixedTermEnd", "2025-13-01")))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[6].fixedTermEnd: expected a date such as \"2024-04-01\", found \"2025-13-01\"");
        assertThat(messageFor(root -> scenario(root, 0).put("locked", "yes")))
                .isEqualTo(FILE + ": at $.model.scenarios[0].locked: expected true or false, found \"yes\"");
        assertThat(messageFor(root -> scenario(root, 0).put("posts", "none")))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts: expected an array, found \"none\"");
        assertThat(messageFor(root -> post(root, 1, 3).put("fte", "")))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[3].fte: expected a number, found \"\"");
        assertThat(messageFor(root -> post(root, 1, 3).put("fixedTermEnd", "")))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[3].fixedTermEnd: expected a date such as \"2024-04-01\", found \"\"");
        assertThat(messageFor(root -> post(root, 1, 3).putArray("replaces").addNull()))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[3].replaces[0]: expected a value, found null");
        assertThat(messageFor(root -> root.putArray("model")))
                .isEqualTo(FILE + ": at $.model: expected an object, found an array");
        assertThat(messageFor(root -> post(root, 0, 0).put("headcount", 99_999_999_999L)))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts[0].headcount: expected a whole number, found 99999999999, which is too large");
    }

    @Test
    void badAmountsRatesAndCodes_areNamedByTheirPath() {
        assertThat(messageFor(root -> ((ObjectNode) model(root).withArray("payScales").get(2).get("points")).put("13", "£56,976")))
                .isEqualTo(FILE + ": at $.model.payScales[2].points[\"13\"]: expected an amount in pounds such as \"11040.00\", found \"£56,976\"");
        assertThat(messageFor(root -> ((ObjectNode) model(root).get("costSettings")).put("pensionRate", "21.1")))
                .isEqualTo(FILE + ": at $.model.costSettings.pensionRate: expected a rate between 0 and 1 such as \"0.138\" for 13.8%, found \"21.1\"");
        assertThat(messageFor(root -> post(root, 0, 2).put("occupancy", "temporary")))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts[2].occupancy: expected one of substantive, interim, acting, vacant, secondment, found \"temporary\"");
        assertThat(messageFor(root -> ((ObjectNode) model(root).get("costSettings")).put("year", "2024")))
                .isEqualTo(FILE + ": at $.model.costSettings.year: expected a financial year such as \"2024/25\", found \"2024\"");
        assertThat(messageFor(root -> ((ObjectNode) model(root).withArray("divisions").get(0)).put("colour", "blue")))
                .isEqualTo(FILE + ": at $.model.divisions[0].colour: expected a colour such as \"#1E88E5\", found \"blue\"");
    }

    @Test
    void unknownProperties_areRefusedWithTheirPath() {
        assertThat(messageFor(root -> post(root, 0, 2).put("titel", "Head")))
                .startsWith(FILE + ": at $.model.scenarios[0].posts[2].titel: unknown property \"titel\"; expected one of actingFor, actualPoint, actualSalary, assistant, backfilled, basis, division,");
        assertThat(messageFor(root -> root.put("comment", "hello")))
                .startsWith(FILE + ": at $.comment: unknown property \"comment\"; expected one of format, model, version");
    }

    @Test
    void missingRequiredFields_areNamed() {
        assertThat(messageFor(root -> post(root, 1, 4).remove("key")))
                .isEqualTo(FILE + ": at $.model.scenarios[1].posts[4].key: required field missing");
        assertThat(messageFor(root -> model(root).remove("name")))
                .isEqualTo(FILE + ": at $.model.name: required field missing");
        assertThat(messageFor(root -> ((ObjectNode) model(root).withArray("grades").get(0)).put("id", " ")))
                .isEqualTo(FILE + ": at $.model.grades[0].id: must not be empty");
        assertThat(messageFor(root -> ((ObjectNode) model(root).withArray("grades").get(9)).remove("maxPoint")))
                .isEqualTo(FILE + ": at $.model.grades[9].maxPoint: required field missing (required for a grade without a band)");
        assertThat(messageFor(root -> root.remove("model")))
                .isEqualTo(FILE + ": at $.model: required field missing");
    }

    @Test
    void aRepeatedPostKey_namesBothPlaces() {
        assertThat(messageFor(root -> post(root, 0, 5).put("key", "DSC")))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts[5].key: the key \"DSC\" is already used by posts[1]; each post in a scenario needs its own key");
    }

    @Test
    void syntaxErrors_giveLineAndColumn() {
        ModelFileException e = read("{\n  \"format\": \"reshape-model\",\n  \"version\": 1,\n}\n");
        assertThat(e.getMessage()).startsWith(FILE + ": line 4, column 1: unexpected character '}'");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        String unfinished = "{\"format\": \"reshape-model\", \"version\": 1, \"model\": {\"id\": \"m\"";
        assertThat(read(unfinished).getMessage()).isEqualTo(FILE + ": line 1, column " + (unfinished.length() + 1)
                + ": the file ends before every object and array in it is closed");
        assertThat(read("{\"format\": \"reshape-model\", \"format\": \"x\"}").getMessage())
                .startsWith(FILE + ": line 1, column ").endsWith("the property \"format\" appears twice in one object");
        // Jackson places a bad word's column just after it; the quoted word is what finds it.
        assertThat(read("{\"format\": reshape}").getMessage())
                .startsWith(FILE + ": line 1, column ").contains(": unexpected word 'reshape': expected a string in double quotes");
        assertThat(read("").getMessage()).isEqualTo(FILE + " is empty; a Reshape model file is a JSON object");
    }

    @Test
    void aFutureVersion_asksForANewerReshape() {
        assertThat(messageFor(root -> root.put("version", 3).put("somethingNew", true)))
                .isEqualTo(FILE + " is a Reshape model file of version 3; this Reshape reads version 2. Update Reshape to open it.");
        assertThat(messageFor(root -> root.put("version", 0)))
                .isEqualTo(FILE + ": at $.version: there is no version 0 of the model format; this Reshape reads version 2");
        assertThat(messageFor(root -> root.put("version", "1")))
                .isEqualTo(FILE + ": at $.version: expected a whole number, found \"1\"");
    }

    @Test
    void aFileThatIsNotAReshapeModel_isRefusedAsSuch() {
        assertThat(messageFor(root -> root.put("format", "drawio")))
                .isEqualTo(FILE + " is not a Reshape model file: its format is \"drawio\", expected \"reshape-model\"");
        assertThat(messageFor(root -> root.remove("format")))
                .isEqualTo(FILE + " is not a Reshape model file: it has no \"format\": \"reshape-model\"");
        assertThat(read("[1, 2, 3]").getMessage())
                .isEqualTo(FILE + " is not a Reshape model file: expected a JSON object, found an array");
    }

    @Test
    void aWellFormedButInvalidModel_reportsTheModelsProblems() {
        ModelFileException e = exceptionFor(root -> {
            post(root, 0, 1).put("grade", "co-z");
            post(root, 0, 2).put("manager", "NOBODY");
        });
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).startsWith(FILE + ": 2 problems in the model:\n- ")
                .contains("post DSC (Director of Social Care Practice): unknown grade 'co-z'")
                .contains("its line manager NOBODY is not in this scenario");
    }

    @Test
    void aNameGivenAsANumber_isRefusedNotTurnedIntoText() {
        assertThat(messageFor(root -> scenario(root, 1).put("name", 2025)))
                .isEqualTo(FILE + ": at $.model.scenarios[1].name: expected text in double quotes, found 2025");
        assertThat(messageFor(root -> post(root, 0, 3).put("title", true)))
                .isEqualTo(FILE + ": at $.model.scenarios[0].posts[3].title: expected text in double quotes, found true");
    }

    @Test
    void scenariosWhoseBasesFormALoop_withNoBaseline_areRefused() {
        ModelFileException e = exceptionFor(root -> scenario(root, 0).put("baseId", "proposed"));
        assertThat(e.getMessage()).contains("there is no baseline")
                .contains("scenario 'Current structure': its bases form a loop ('Current structure' is based on 'Proposed structure' is based on "
                        + "'Current structure'), so it never reaches the baseline");
    }

    @Test
    void replacesNamingAPostThatDoesNotExist_isRefused() {
        ModelFileException e = exceptionFor(root -> post(root, 1, 3).putArray("replaces").add("NO-SUCH-POST"));
        assertThat(e.getMessage()).contains("it replaces post NO-SUCH-POST, which is in no scenario of the model");
    }

    @Test
    void fteWithMoreDecimalsThanAreStored_isRefusedNotRounded() {
        ModelFileException e = exceptionFor(root -> post(root, 0, 4).put("fte", new java.math.BigDecimal("0.1234567891")));
        assertThat(e.getMessage()).contains("FTE 0.1234567891 has more than 6 decimal places, which Reshape does not keep; round it (0.123457)");
    }

    @Test
    void deeplyNestedJson_isRefusedInReshapesWords() {
        String deep = "{\"format\": \"reshape-model\", \"version\": 1, \"model\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(read(deep).getMessage()).isEqualTo(FILE + " is not a Reshape model file: its objects and arrays are nested more than "
                + "1000 deep (a model file goes about 6 deep)").doesNotContain("Jackson").doesNotContain("StreamReadConstraints");
    }

    @Test
    void aMissingFile_isNamed(@TempDir Path dir) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> ModelFiles.read(dir.resolve("gone.reshape.json")));
        assertThat(e.getMessage()).startsWith("gone.reshape.json does not exist");
        assertThat(e.sourceName()).isEqualTo("gone.reshape.json");
    }

    private static String messageFor(Consumer<ObjectNode> edit) {
        return exceptionFor(edit).getMessage();
    }

    private static ModelFileException exceptionFor(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(BURY);
            edit.accept(root);
            return read(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ModelFileException read(String text) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FILE));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.sourceName()).isEqualTo(FILE);
        return e;
    }

    private static ObjectNode model(ObjectNode root) {
        return (ObjectNode) root.get("model");
    }

    private static ObjectNode scenario(ObjectNode root, int i) {
        return (ObjectNode) ((ArrayNode) model(root).get("scenarios")).get(i);
    }

    private static ObjectNode post(ObjectNode root, int scenario, int i) {
        return (ObjectNode) ((ArrayNode) scenario(root, scenario).get("posts")).get(i);
    }
}
