package org.reshape.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// The changes one user command makes to one stored model. Get one from
/// [ModelStore#transaction(String, java.util.function.Consumer)]: everything done
/// through it is committed together when the consumer returns, or not at all
/// when anything in it throws.
///
/// Post order follows the domain's [Scenario#with(Post)]: a post that is already
/// stored keeps its place, a new one goes at the end.
public interface StoreTx {

    /// The model every change applies to.
    String modelId();

    /// Inserts the post at the end of the scenario, or updates it where it stands.
    void putPost(String scenarioId, Post post);

    /// Inserts or moves the post so it is at `index` in the scenario's order (0 is
    /// first; an index past the end puts it last). Undo of a delete uses this to put
    /// a post back where it was.
    void putPost(String scenarioId, Post post, int index);

    /// [#putPost(String, Post)] for each post, in order.
    void putPosts(String scenarioId, Collection<Post> posts);

    /// Removes the post if it is stored; nothing happens if it is not.
    void deletePost(String scenarioId, String key);

    void deletePosts(String scenarioId, Collection<String> keys);

    /// Inserts a scenario that is not stored yet, with all its posts, at `index` among the
    /// model's scenarios (an index past the end puts it last). There is deliberately no way
    /// to replace a stored scenario whole here: a command writes the rows it changed, so rows
    /// it never loaded (another window's, another user's) are left as they are.
    ///
    /// @throws StoreException when a scenario of that id is stored already
    void insertScenario(Scenario scenario, int index);

    /// Updates a stored scenario's name, base, implementation date and lock, leaving its posts alone.
    void putScenarioMeta(Scenario scenario);

    /// Removes the scenario and its posts; nothing happens if it is not stored.
    void deleteScenario(String scenarioId);

    /// Replaces the cost settings (null removes them) with their NI rules.
    void putCostSettings(CostSettings settings);

    void putDivisions(List<Division> divisions);

    /// Updates one division where it stands, or adds it after the others.
    void putDivision(Division division);

    void deleteDivision(String divisionId);

    /// Updates one pay scale version (with its points and bands) where it stands, or adds it after the others.
    void putPayScale(PayScale payScale);

    void deletePayScale(String payScaleId);

    /// Updates one grade where it stands, or adds it after the others.
    void putGrade(Grade grade);

    void deleteGrade(String gradeId);

    void putGlossary(Map<String, String> glossary);

    /// Replaces the pay scale versions with their spinal points and bands.
    void putPayScales(List<PayScale> payScales);

    void putGrades(List<Grade> grades);

    /// Renames the model or changes the organisation and directorate it describes.
    void putModelInfo(String name, String organisation, String directorate);

    /// Replaces the model's people, their holdings and matches, the duty shares,
    /// consultation plans and people policy.
    void putWorkforce(org.reshape.domain.Workforce workforce);
}
