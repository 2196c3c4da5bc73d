#include "output/history_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace gd {
namespace {

std::string format(DataFormat format, double f, std::vector<double> x, double norm) {
  const std::vector<std::string> names{"x1", "x2"};
  fmt::memory_buffer out;
  append_header(out, format, names);
  append_row(out, format, names, {7, f, x, norm});
  return fmt::to_string(out);
}

TEST(History, Csv) {
  EXPECT_EQ(format(DataFormat::csv, 2.5, {-3, 0.25}, 1e-7),
            "step,f,x1,x2,grad_norm\n7,2.5,-3,0.25,1e-07\n");
}

TEST(History, Tsv) {
  EXPECT_EQ(format(DataFormat::tsv, 2.5, {-3, 0.25}, 1e-7),
            "step\tf\tx1\tx2\tgrad_norm\n7\t2.5\t-3\t0.25\t1e-07\n");
}

TEST(History, CsvKeepsNonFiniteAsWords) {
  EXPECT_EQ(format(DataFormat::csv, INFINITY, {std::nan(""), 1}, -INFINITY),
            "step,f,x1,x2,grad_norm\n7,inf,nan,1,-inf\n");
}

TEST(History, JsonlHasNoHeaderAndNullForNonFinite) {
  EXPECT_EQ(format(DataFormat::jsonl, 2.5, {-3, 0.25}, 1e-7),
            "{\"step\":7,\"f\":2.5,\"x1\":-3,\"x2\":0.25,\"grad_norm\":1e-07}\n");
  EXPECT_EQ(format(DataFormat::jsonl, INFINITY, {std::nan(""), 1}, -INFINITY),
            "{\"step\":7,\"f\":null,\"x1\":null,\"x2\":1,\"grad_norm\":null}\n");
}

TEST(History, SeveralRunsBeginEachRowWithTheRun) {
  const std::vector<std::string> names{"x"};
  const std::vector<double> x{-3};
  const RunColumns run{2, "adam", 0.3};
  for (auto [format, expected] :
       {std::pair{DataFormat::csv, "run,optimizer,lr,step,f,x,grad_norm\n2,adam,0.3,7,2.5,-3,1\n"},
        std::pair{DataFormat::tsv,
                  "run\toptimizer\tlr\tstep\tf\tx\tgrad_norm\n2\tadam\t0.3\t7\t2.5\t-3\t1\n"},
        std::pair{DataFormat::jsonl,
                  "{\"run\":2,\"optimizer\":\"adam\",\"lr\":0.3,\"step\":7,"
                  "\"f\":2.5,\"x\":-3,\"grad_norm\":1}\n"}}) {
    fmt::memory_buffer out;
    append_header(out, format, names, true);
    append_row(out, format, names, {7, 2.5, x, 1}, &run);
    EXPECT_EQ(fmt::to_string(out), expected);
  }
}

TEST(History, SummaryRowsAddTheStopAndTheEvaluations) {
  const std::vector<std::string> names{"x"};
  const std::vector<double> x{0.5};
  const RunColumns run{1, "sgd", 0.1};
  const SummaryColumns summary{"tol_grad", 42, "converged", "minimum"};
  for (auto [format, expected] :
       {std::pair{DataFormat::csv,
                  "run,optimizer,lr,step,f,x,grad_norm,stop,evaluations,verdict,point\n"
                  "1,sgd,0.1,9,0.25,0.5,1,tol_grad,42,converged,minimum\n"},
        std::pair{DataFormat::jsonl,
                  "{\"run\":1,\"optimizer\":\"sgd\",\"lr\":0.1,\"step\":9,"
                  "\"f\":0.25,\"x\":0.5,\"grad_norm\":1,\"stop\":\"tol_grad\","
                  "\"evaluations\":42,\"verdict\":\"converged\",\"point\":\"minimum\"}\n"}}) {
    fmt::memory_buffer out;
    append_header(out, format, names, true, true);
    append_row(out, format, names, {9, 0.25, x, 1}, &run, &summary);
    EXPECT_EQ(fmt::to_string(out), expected);
  }
}

}  // namespace
}  // namespace gd
