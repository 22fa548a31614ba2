// Real CloudFormation templates and cdk synth output (../shared/corpus/real/{cloudformation,cdk},
// when present): none may crash ecslint, and the number of findings per rule is compared with a
// committed snapshot (golden/template-corpus-rule-counts.txt), as test_corpus.cpp does for task
// definitions. ECSLINT_UPDATE_GOLDEN=1 rewrites it.
#include "corpus_snapshot.h"

namespace ecslint::test {

TEST_CASE("template corpus: real templates lint without crashing, and findings per rule match the snapshot") {
  checkCorpusSnapshot({"cloudformation", "cdk"}, 70, "template-corpus-rule-counts.txt");
}

}  // namespace ecslint::test
