#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "descent.h"

namespace gd {

class FdOutput;

/// Machine-readable history formats.
enum class DataFormat { csv, tsv, jsonl };

/// The columns every history has besides the variables; a variable may not
/// take one of these names, or a row would have two columns of that name.
extern const char* const kFixedColumns[3];  // step, f, grad_norm

/// The columns that begin each row when there are several runs.
extern const char* const kRunColumns[3];  // run, optimizer, lr

/// Which run a row belongs to, when there are several.
struct RunColumns {
  std::size_t run = 1;    ///< from 1, in the order the runs are made
  std::string optimizer;  ///< sgd, adam, ...
  double learning_rate = 0.0;
};

/// The shortest text that reads back to the same double; "nan", "inf",
/// "-inf" for the others (never "-nan").
void append_number(fmt::memory_buffer& out, double value);
/// append_number, as a string.
std::string format_number(double value);

/// "step,f,<variables>,grad_norm" (after "run,optimizer,lr," with runs)
/// and a newline; nothing for jsonl.
void append_header(fmt::memory_buffer& out, DataFormat format,
                   const std::vector<std::string>& variables, bool with_runs = false);

/// One history row and a newline, after the run's columns when `run` is
/// given. In jsonl, non-finite numbers are null.
void append_row(fmt::memory_buffer& out, DataFormat format,
                const std::vector<std::string>& variables, const Row& row,
                const RunColumns* run = nullptr);

/// Streams every row to an output as it is computed: memory does not grow
/// with the number of steps.
class HistoryWriter : public Observer {
 public:
  /// Writes the header at once; `with_runs` adds the run columns.
  HistoryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables,
                bool with_runs = false);
  /// The run whose rows follow (with runs).
  void begin_run(RunColumns run);
  /// False once the output can no longer be written.
  bool on_row(const Row& row) override;

 private:
  FdOutput& out_;
  DataFormat format_;
  std::vector<std::string> variables_;
  bool with_runs_;
  RunColumns run_;
};

}  // namespace gd
