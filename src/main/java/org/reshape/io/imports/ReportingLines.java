package org.reshape.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.domain.Post;

/// Makes the reporting lines of imported posts a forest, whatever the file says.
///
/// The rule, the same for every importer: a reporting line is never a reason to
/// drop a post. A post that reports to itself, to a post that is not in the file,
/// to a row that could not be used, or round a cycle, becomes a top post, and the
/// report says so at its line. The importer chooses how serious that is: a
/// warning for published organograms, which are known to contain such lines; an
/// error for an establishment list, where it is a mistake to fix at source.
public final class ReportingLines {

    /// A post as read, with where it was read and the header of its reporting-line column.
    public record Candidate(Post post, String file, long line, String managerColumn) {
    }

    private ReportingLines() {
    }

    /// @param dropped       keys of rows that were left out because of errors, with
    ///                      their line, so that the posts under them say why they moved up
    /// @param severity      how serious a broken reporting line is for this kind of file
    /// @return the posts in the same order, with broken reporting lines made top posts
    public static List<Post> resolve(List<Candidate> candidates, Map<String, Long> dropped,
                                     ImportProblem.Severity severity, ProblemLog log) {
        Map<String, Integer> index = HashMap.newHashMap(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i).post().key(), i);
        }
        List<Post> posts = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Post p = c.post();
            String m = p.managerKey();
            String why = null;
            ImportProblem.Severity level = severity;
            if (m.isEmpty()) {
                why = null;
            } else if (m.equals(p.key())) {
                why = "post " + p.key() + " reports to itself";
            } else if (!index.containsKey(m)) {
                Long line = dropped.get(m);
                if (line != null) {
                    why = "its line manager " + m + " (line " + line + ") could not be imported";
                    level = ImportProblem.Severity.WARNING;
                } else {
                    why = "post " + p.key() + " reports to " + m + ", which is not in " + c.file();
                }
            }
            if (why != null) {
                log.add(new ImportProblem(c.file(), c.line(), c.managerColumn(), level, why + "; imported as a top post"));
                p = p.withManager("");
            }
            posts.add(p);
        }
        breakCycles(candidates, posts, index, severity, log);
        return posts;
    }

    /// Each cycle is broken at the post that comes first in the file, so the result does not depend on hashing.
    private static void breakCycles(List<Candidate> candidates, List<Post> posts, Map<String, Integer> index,
                                    ImportProblem.Severity severity, ProblemLog log) {
        byte[] state = new byte[posts.size()]; // 0 unseen, 1 on the current path, 2 done
        List<Integer> path = new ArrayList<>();
        for (int start = 0; start < posts.size(); start++) {
            path.clear();
            int i = start;
            while (i >= 0 && state[i] == 0) {
                state[i] = 1;
                path.add(i);
                String m = posts.get(i).managerKey();
                i = m.isEmpty() ? -1 : index.get(m);
            }
            if (i >= 0 && state[i] == 1) {
                List<Integer> ring = path.subList(path.indexOf(i), path.size());
                int first = ring.stream().min(Integer::compare).orElseThrow();
                List<String> names = new ArrayList<>();
                ring.forEach(k -> names.add(posts.get(k).key()));
                names.add(posts.get(i).key());
                Candidate c = candidates.get(first);
                log.add(new ImportProblem(c.file(), c.line(), c.managerColumn(), severity, "reporting lines form a cycle ("
                        + String.join(" → ", names) + "); " + posts.get(first).key() + " imported as a top post"));
                posts.set(first, posts.get(first).withManager(""));
            }
            for (int k : path) {
                state[k] = 2;
            }
        }
    }
}
