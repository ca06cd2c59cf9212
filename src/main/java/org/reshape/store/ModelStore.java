package org.reshape.store;

import static org.reshape.store.jooq.Tables.MODEL;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The embedded database of models: an H2 file (or, for tests, an in-memory
/// database) migrated by Flyway when it is opened.
///
/// Every public method is one transaction: it happens entirely or not at all.
/// The UI saves each undoable command as it is made, a command that changes
/// several things at once through [#transaction(String, Consumer)].
/// Apply changes from one thread (the UI's background task executor) so they
/// reach the file in the order the user made them.
///
/// Failures are [StoreException]s whose message says what failed and in which file.
public final class ModelStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);

    private final Database db;

    private ModelStore(Database db) {
        this.db = db;
    }

    /// Opens the H2 database `dbFile` (stored as `dbFile.mv.db`), creating it and its folder if need be,
    /// and migrates it to the current schema.
    ///
    /// @throws StoreLockedException when another Reshape process or window has it open
    /// @throws StoreException       when it cannot be opened or migrated
    public static ModelStore open(Path dbFile) {
        return new ModelStore(Database.openFile(dbFile));
    }

    /// Opens the database `dbFile` encrypted with `password` (AES, H2's file encryption), creating it encrypted if
    /// it does not exist yet.
    ///
    /// @throws StorePasswordException when `password` is not the file's, or the file is not encrypted
    public static ModelStore open(Path dbFile, char[] password) {
        return new ModelStore(Database.openFile(dbFile, java.util.Objects.requireNonNull(password, "password")));
    }

    /// Whether the database file `dbFile` names (`….mv.db`) exists.
    public static boolean exists(Path dbFile) {
        return java.nio.file.Files.isRegularFile(Database.mvFile(dbFile));
    }

    /// Whether `dbFile` exists and is encrypted, so that its password must be asked for before [#open(Path, char[])].
    public static boolean isEncrypted(Path dbFile) {
        return Database.isEncrypted(dbFile);
    }

    /// A database that lives only as long as this store, for tests. Each name is a separate
    /// database; two stores opened with the same name in one JVM share it.
    public static ModelStore inMemory(String name) {
        return new ModelStore(Database.openInMemory(name));
    }

    /// The file (`….mv.db`), or "in-memory database 'name'", for messages.
    public String location() {
        return db.location();
    }

    /// The database file (`….mv.db`), or empty for an in-memory database.
    public Optional<Path> file() {
        return Optional.ofNullable(db.file());
    }

    // ---- whole models

    /// Stores `model`, replacing every stored row of a model with the same id.
    ///
    /// @throws org.reshape.domain.InvalidModelException when the model breaks a rule of [ModelValidator]; nothing is written
    public void saveModel(Model model) {
        ModelValidator.requireValid(model);
        long start = System.nanoTime();
        inTransaction("save model '" + model.name() + "'", ctx -> {
            OffsetDateTime now = now();
            OffsetDateTime created = ctx.select(MODEL.CREATED_AT).from(MODEL).where(MODEL.ID.eq(model.id()))
                    .fetchOne(MODEL.CREATED_AT);
            // Every other table cascades from the model row, so this clears the old model whole.
            ctx.deleteFrom(MODEL).where(MODEL.ID.eq(model.id())).execute();
            Writes.insertModel(ctx, model, created != null ? created : now, now);
            return null;
        });
        LOG.debug("Saved model {} in {} ms", model.id(), (System.nanoTime() - start) / 1_000_000);
    }

    public Optional<Model> loadModel(String id) {
        String action = "load model " + id;
        try {
            return inTransaction(action, ctx -> Reads.model(ctx, id));
        } catch (IllegalArgumentException e) {
            // The domain refused what was stored: a damaged file, or one a newer Reshape wrote.
            throw Errors.wrap(action, db.location(), e);
        }
    }

    /// Every stored model, most recently saved first.
    public List<ModelSummary> listModels() {
        return inTransaction("list the models", Reads::summaries);
    }

    /// Deletes the model and everything in it; returns false if there was no such model.
    public boolean deleteModel(String id) {
        return inTransaction("delete model " + id, ctx -> ctx.deleteFrom(MODEL).where(MODEL.ID.eq(id)).execute() > 0);
    }

    // ---- changes to one model

    /// Runs `work` as one transaction on the stored model `modelId`: all its changes are
    /// committed together, or, if anything in it throws, none are.
    ///
    /// @throws StoreException when the model is not stored or a change cannot be saved
    public void transaction(String modelId, Consumer<StoreTx> work) {
        change(modelId, "save a change to model " + modelId, work);
    }

    /// Inserts the post at the end of the scenario, or updates it where it stands.
    public void savePost(String modelId, String scenarioId, Post post) {
        change(modelId, "save post " + post.key() + " of scenario " + scenarioId, tx -> tx.putPost(scenarioId, post));
    }

    public void savePosts(String modelId, String scenarioId, Collection<Post> posts) {
        change(modelId, "save " + posts.size() + " posts of scenario " + scenarioId, tx -> tx.putPosts(scenarioId, posts));
    }

    public void deletePost(String modelId, String scenarioId, String key) {
        change(modelId, "delete post " + key + " of scenario " + scenarioId, tx -> tx.deletePost(scenarioId, key));
    }

    public void deletePosts(String modelId, String scenarioId, Collection<String> keys) {
        change(modelId, "delete " + keys.size() + " posts of scenario " + scenarioId,
                tx -> tx.deletePosts(scenarioId, keys));
    }

    /// Inserts or replaces the scenario with all its posts; a new scenario goes after the others.
    public void saveScenario(String modelId, Scenario scenario) {
        change(modelId, "save scenario '" + scenario.name() + "'", tx -> tx.replaceScenario(scenario));
    }

    /// Saves a rename, lock or implementation date without rewriting the scenario's posts.
    public void saveScenarioMeta(String modelId, Scenario scenario) {
        change(modelId, "save scenario '" + scenario.name() + "'", tx -> tx.putScenarioMeta(scenario));
    }

    public void deleteScenario(String modelId, String scenarioId) {
        change(modelId, "delete scenario " + scenarioId, tx -> tx.deleteScenario(scenarioId));
    }

    public void saveCostSettings(String modelId, CostSettings settings) {
        change(modelId, "save the cost settings of model " + modelId, tx -> tx.putCostSettings(settings));
    }

    public void saveDivisions(String modelId, List<Division> divisions) {
        change(modelId, "save the divisions of model " + modelId, tx -> tx.putDivisions(divisions));
    }

    public void saveGlossary(String modelId, Map<String, String> glossary) {
        change(modelId, "save the glossary of model " + modelId, tx -> tx.putGlossary(glossary));
    }

    @Override
    public void close() {
        db.close();
        LOG.info("Closed {}", db.location());
    }

    // ---- plumbing

    private void change(String modelId, String action, Consumer<? super JooqTx> work) {
        inTransaction(action, ctx -> {
            // Touching the model row first both finds out whether it exists and
            // records when it was last changed, for the model chooser.
            if (ctx.update(MODEL).set(MODEL.UPDATED_AT, now()).where(MODEL.ID.eq(modelId)).execute() == 0) {
                throw new StoreException("Could not " + action + ": there is no model " + modelId
                        + " in " + db.location());
            }
            work.accept(new JooqTx(ctx, modelId, db.location()));
            return null;
        });
    }

    /// Runs `work` in one transaction; a read too, so it sees one consistent state while another thread writes.
    private <T> T inTransaction(String action, Function<DSLContext, T> work) {
        try {
            return db.dsl().transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (DataAccessException | BadValue e) {
            throw Errors.wrap(action, db.location(), e);
        }
    }

    private static OffsetDateTime now() {
        // TIMESTAMP(6) keeps microseconds; truncating here makes what is read back equal to what was written.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
