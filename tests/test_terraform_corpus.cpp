// Real Terraform plans (../shared/corpus/real/terraform-plan, when present): none may crash
// ecslint, the Japanese run says the same, and the number of findings per rule is compared with a
// committed snapshot (golden/terraform-corpus-rule-counts.txt), as test_corpus.cpp does for task
// definitions. ECSLINT_UPDATE_GOLDEN=1 rewrites it.
#include "corpus_snapshot.h"

namespace ecslint::test {

TEST_CASE("terraform corpus: real plans lint without crashing, and findings per rule match the snapshot") {
  checkCorpusSnapshot({"terraform-plan"}, 2, "terraform-corpus-rule-counts.txt");
}

}  // namespace ecslint::test
