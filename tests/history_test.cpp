#include "output/history.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "output/fd_output.h"

namespace gd {
namespace {

std::string number(double v) { return format_number(v); }

TEST(Numbers, AreShortest) {
  EXPECT_EQ(number(25.0), "25");
  EXPECT_EQ(number(0.1), "0.1");
  EXPECT_EQ(number(-3.0), "-3");
  EXPECT_EQ(number(1e-5), "1e-05");
  EXPECT_EQ(number(0.0033230699894522), "0.0033230699894522");
}

TEST(Numbers, NonFiniteAreWords) {
  EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(number(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(number(std::nan("")), "nan");
  EXPECT_EQ(number(-std::nan("")), "nan");  // never "-nan"
}

TEST(Numbers, ReadBackToTheSameDouble) {
  std::mt19937_64 random(42);
  std::uniform_int_distribution<std::uint64_t> bits;
  for (int i = 0; i < 100000; ++i) {
    std::uint64_t b = bits(random);
    double v;
    std::memcpy(&v, &b, sizeof v);
    if (!std::isfinite(v)) continue;
    std::string text = number(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
  }
}

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
  const SummaryColumns summary{"tol_grad", 42};
  for (auto [format, expected] :
       {std::pair{DataFormat::csv,
                  "run,optimizer,lr,step,f,x,grad_norm,stop,evaluations\n"
                  "1,sgd,0.1,9,0.25,0.5,1,tol_grad,42\n"},
        std::pair{DataFormat::jsonl,
                  "{\"run\":1,\"optimizer\":\"sgd\",\"lr\":0.1,\"step\":9,"
                  "\"f\":0.25,\"x\":0.5,\"grad_norm\":1,\"stop\":\"tol_grad\","
                  "\"evaluations\":42}\n"}}) {
    fmt::memory_buffer out;
    append_header(out, format, names, true, true);
    append_row(out, format, names, {9, 0.25, x, 1}, &run, &summary);
    EXPECT_EQ(fmt::to_string(out), expected);
  }
}

/// The rows a writer keeps of steps 0..last with --every `every`.
std::string every(std::uint64_t every, std::uint64_t last, bool header = true) {
  const std::string path = testing::TempDir() + "gd_every_" + std::to_string(getpid());
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  {
    FdOutput out(fd);
    HistoryWriter writer(out, DataFormat::csv, {"x"}, false, header, every);
    writer.begin_run({});
    std::vector<double> x{0};
    for (std::uint64_t k = 0; k <= last; ++k) {
      x[0] = static_cast<double>(k);
      writer.on_row({k, 0, x, 0});
    }
    writer.finish_run();
    out.flush();
  }
  ::close(fd);
  std::ifstream in(path);
  std::string text, line;
  while (std::getline(in, line)) text += line.substr(0, line.find(',')) + " ";
  return text;
}

TEST(History, EveryNthRowAndAlwaysTheFirstAndTheLast) {
  EXPECT_EQ(every(4, 10), "step 0 4 8 10 ");
  EXPECT_EQ(every(5, 10), "step 0 5 10 ");  // the last is a multiple: once
  EXPECT_EQ(every(100, 3), "step 0 3 ");
  EXPECT_EQ(every(1, 3), "step 0 1 2 3 ");
  EXPECT_EQ(every(2, 0), "step 0 ");
  EXPECT_EQ(every(3, 4, false), "0 3 4 ");  // --no-header
}

}  // namespace
}  // namespace gd
