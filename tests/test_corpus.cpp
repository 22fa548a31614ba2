// Real task definitions (../shared/corpus, when present): none may crash ecslint, and the number of
// findings per rule is compared with a committed snapshot (golden/corpus-rule-counts.txt), so any
// change of behaviour on real files shows up in review. ECSLINT_UPDATE_GOLDEN=1 rewrites it.
#include "corpus_snapshot.h"

namespace ecslint::test {

TEST_CASE("corpus: real task definitions lint without crashing, and findings per rule match the snapshot") {
  // The task definition shapes; templates have their own snapshot (test_template_corpus.cpp).
  checkCorpusSnapshot({"register", "describe", "container-defs"}, 300, "corpus-rule-counts.txt");
}

}  // namespace ecslint::test
